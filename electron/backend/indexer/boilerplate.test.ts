// Runs in Node (tests). Copyright lines are recognised in any case, at the start of a line or by
// "all rights reserved" anywhere in it; a line merely containing those letters is not one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './boilerplate.js';
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
