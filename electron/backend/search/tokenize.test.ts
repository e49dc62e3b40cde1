// Runs in Node (tests). The search index splits text into words exactly as MiniSearch does, on any
// text: scripts, spaces of every kind, punctuation inside and around words, astral characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { readSeed, seedFiles } from '../indexer/seeds.fixture.js';
import { tokenize } from './tokenize.js';

const miniSearchTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Characters around every edge the tokeniser has: separators of each kind, lone surrogates, astral ones. */
const PIECES = ['a', 'Z', 'é', 'д', '中', '1', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', ',', '.', '-', '—', '«', '»', '’', '"', '$', '+', '|', '~', '_', '🙂', '𐄀', '\ud800', '\udc00', '', 'NATO'];

test('splits any text into the words MiniSearch splits it into', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ maxLength: 20 }), (pieces, random) => {
      for (const text of [pieces.join(''), random, `${random} ${pieces.join('')}`]) assert.deepEqual(tokenize(text), miniSearchTokenize(text), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('splits every character of the Basic Multilingual Plane as MiniSearch does', () => {
  for (let unit = 0; unit < 0x10000; unit += 1) {
    const text = `a${String.fromCharCode(unit)}b`;
    assert.deepEqual(tokenize(text), miniSearchTokenize(text), `U+${unit.toString(16)}`);
  }
});

test('splits the seed captures as MiniSearch does', () => {
  for (const file of seedFiles()) {
    const text = readSeed(file);
    assert.deepEqual(tokenize(text), miniSearchTokenize(text), file);
  }
});
