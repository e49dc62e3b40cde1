// Runs in Node (tests). Shingle hashes: the same words give the same hashes however they were
// tokenised, word order matters, and a text shorter than a shingle still has one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shingleHashes, wordHashes } from './shingles.js';
import { fnv1a, wordTokens } from './text-utils.js';

test('hashing a text and hashing its tokens give the same word hashes', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
      const text = `${a} ${b}`;
      assert.deepEqual([...wordHashes(text)], wordTokens(text).map((word) => fnv1a(word)));
    }),
    { numRuns: 1000 },
  );
});

test('one hash per run of words; order and case', () => {
  const shingles = (text: string) => [...shingleHashes(wordHashes(text), 3)];
  assert.equal(shingles('one two three four five').length, 3);
  assert.deepEqual(shingles('One, two. THREE'), shingles('one two three'), 'case and punctuation do not matter');
  assert.notDeepEqual(shingles('one two three'), shingles('three two one'), 'word order does');
  assert.notDeepEqual(shingles('ab c d'), shingles('a bc d'), 'and so does where the words split');
  assert.equal(shingles('two words').length, 1, 'fewer words than a shingle: one for all of them');
  assert.deepEqual(shingles(''), []);
});
