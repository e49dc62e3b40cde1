// Runs in Node. Credit lines and datelines: who is credited and where the story was filed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AGENCIES, OUTLETS, bareAgency, creditLine, dateline, datelineByPatterns, knownName } from './credits.js';

test('credit lines name the agency, several agencies become a list', () => {
  assert.equal(creditLine('Source: Xinhua'), 'Xinhua');
  assert.equal(creditLine('Based on reporting by AP and dpa'), 'AP, dpa');
  assert.equal(creditLine('With reporting by Reuters'), 'Reuters');
  // A quote box's source with its date: the name alone.
  assert.equal(creditLine('Source: Russian Defense Ministry, October 25, 2019'), 'Russian Defense Ministry');
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

test('a known name is found as a whole word, as a lookbehind for a letter or digit before it would find it', () => {
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const names = [...AGENCIES, ...OUTLETS].sort((a, b) => b.length - a.length).map(escape).join('|');
  const byLookbehind = new RegExp(`(?<![\\p{L}\\p{N}])(${names})(?![\\p{L}\\p{N}])`, 'u');
  const agencies = new RegExp(`(?<![\\p{L}\\p{N}])(${[...AGENCIES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  // Names glued to letters, digits, astral letters (𝐀), lone surrogates and each other.
  const piece = fc.constantFrom('AP', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'The Guardian', 'BBC', 'dpa', 'x', '1', ' ', '-', '𝐀', '\ud835', '\udc00', 'é', '.');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (line) => {
      assert.equal(knownName(line), byLookbehind.exec(line)?.[1] ?? null, JSON.stringify(line));
      const m = agencies.exec(line);
      assert.equal(bareAgency(line), m && m[0].length === line.replace(/[.,;:]$/, '').trim().length ? (m[1] ?? null) : null, JSON.stringify(line));
    }),
    { numRuns: 3000 },
  );
});

test('the quick test before the dateline patterns never turns one away', () => {
  const pieces = ['WASHINGTON', 'ST. JOSEPH', 'Mich.', 'Moscow', 'SÃO PAULO', 'O’HARE', 'D.C.', 'N-W', ',', ' ', '(AP)', '(RIA Novosti)', '(', ')', '—', '–', '-', '--', 'January 31', 'Nov. 5', 'health officials said', 'É', 'x', 'A', "'", '.'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 3 }), (parts, tail) => {
      const text = parts.join('') + ' ' + tail;
      assert.deepEqual(dateline(text), datelineByPatterns(text));
    }),
    { numRuns: 5000 },
  );
  assert.deepEqual(dateline('ST. JOSEPH, Mich. (AP) — Michigan health authorities said.'), { city: 'ST. JOSEPH', agency: 'AP' });
  assert.deepEqual(dateline('Moscow (RIA Novosti) — Officials said.'), { city: 'Moscow', agency: 'RIA Novosti' });
});
