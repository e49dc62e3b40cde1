// Runs in Node (tests). Copyright lines are recognised in any case, at the start of a line or by
// "all rights reserved" anywhere in it; a line merely containing those letters is not one, nor is a
// photo's caption that opens with its credit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './boilerplate.js';
import { extractText } from './extract-text.js';
import { splitLines } from './lines.js';

test('copyright lines are marked, whatever their case; look-alikes are not', () => {
  const copyright = [
    '© 2013 RIA Novosti',
    '(c) 2012 Voice of Russia',
    'COPYRIGHT 2011 THE MOSCOW TIMES',
    'Copyright© GlobalSecurity.org',
    'Materials on this site: all rights reserved.',
    'ALL RIGHTS RESERVED',
  ];
  const notCopyright = ['Install rights reserved for the admins', 'Copyrighted material is discussed below', 'The alliance reserved its rights', '(c)hanges to the plan'];
  const lines = classifyLines(splitLines([...copyright, ...notCopyright].join('\n')));
  assert.deepEqual(lines.map((l) => l.copyright), [...copyright.map(() => true), ...notCopyright.map(() => false)]);
});

test('a photo caption opening with its credit ("© Name …") is left out of the story but does not end it, as the footer’s copyright does', () => {
  const caption = '© John Brecher Needle poking skin during the administration of a flu shot at a community health center in Washington.';
  const footer = '© 2019 The Associated Press. This material may not be published, broadcast, rewritten or redistributed in any form.';
  const [asCaption, asFooter] = classifyLines(splitLines(`${caption}\n${footer}`));
  assert.deepEqual([asCaption?.junk, asCaption?.copyright, asCaption?.endCue], [true, false, 0]);
  assert.deepEqual([asFooter?.copyright, asFooter?.endCue], [true, 2]);

  const paragraphs = [
    'A group of physicians, alarmed that the administration is denying flu vaccines to people in custody, is urging the department to accept its offer.',
    'In a letter sent this month, the doctors pleaded with the officials to reconsider their decision, citing the deaths of at least three children.',
    'The doctors, members of a recently formed group, have offered to staff a mobile clinic at no cost to the government at the border station.',
    'Customs and Border Protection, part of the department, did not accept the offer and said that its holding facilities were meant for short stays.',
    'A spokesman for the agency said on Tuesday that the medical staff at the stations would continue to screen every detainee who arrives there.',
  ];
  const [first = '', second = '', ...rest] = paragraphs;
  const article = extractText(`Home | News\n\nDoctors offer free flu shots to detained migrants\n\n${first}\n\n${second}\n\n${caption}\n\n${rest.join('\n\n')}\n\n${footer}\n\nMore news\n`);
  assert.deepEqual(article.paragraphs, paragraphs);
});
