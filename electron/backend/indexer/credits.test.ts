// Runs in Node. Credit lines and datelines: who is credited and where the story was filed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareAgency, creditLine, dateline } from './credits.js';

test('credit lines name the agency, several agencies become a list', () => {
  assert.equal(creditLine('Source: Xinhua'), 'Xinhua');
  assert.equal(creditLine('Based on reporting by AP and dpa'), 'AP, dpa');
  assert.equal(creditLine('With reporting by Reuters'), 'Reuters');
  assert.equal(creditLine('RIA Novosti, PUBLISHED February 03, 2013'), 'RIA Novosti');
  assert.equal(creditLine('Russia has threatened to launch a range of countermeasures.'), null);
});

test('a bare agency name is a credit only when it is the whole line', () => {
  assert.equal(bareAgency('RIA Novosti'), 'RIA Novosti');
  assert.equal(bareAgency('RIA Novosti reported on Monday'), null);
  assert.equal(bareAgency('Military & Intelligence'), null);
});

test('datelines: capitals city, optional date and agency, then a dash', () => {
  assert.deepEqual(dateline('BRUSSELS, January 31 (RIA Novosti) – NATO Secretary General'), { city: 'BRUSSELS', agency: 'RIA Novosti' });
  assert.deepEqual(dateline('LISBON, November 20 (RIA Novosti) - Russian President'), { city: 'LISBON', agency: 'RIA Novosti' });
  assert.deepEqual(dateline('WASHINGTON — The Senate voted'), { city: 'WASHINGTON', agency: null });
  assert.deepEqual(dateline('KYIV, Ukraine (AP) — Officials said'), { city: 'KYIV', agency: 'AP' });
  assert.equal(dateline('NATO sees Russia as a partner rather than an adversary'), null);
  assert.equal(dateline('NATO-Russia Council - a forum'), null);
  assert.equal(dateline('Russia, meanwhile, has long suspected the shield.'), null);
});
