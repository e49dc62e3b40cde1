// Runs in Node (tests). The function-word lookup the line splitter uses, by hash and in place,
// answers exactly as the set of function words does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { STOPWORDS, isStopwordAt } from './stopwords.js';
import { fnv1a } from './text-utils.js';

const inPlace = (text: string, start: number, end: number): boolean => isStopwordAt(text, start, end, fnv1a(text, start, end));

test('every function word is found wherever it sits in a text', () => {
  for (const word of STOPWORDS) {
    const text = `xx ${word} yy`;
    assert.equal(inPlace(text, 3, 3 + word.length), true, word);
    // A longer or shorter span around it is not the word.
    assert.equal(inPlace(text, 3, 2 + word.length), STOPWORDS.has(word.slice(0, -1)), word);
    assert.equal(inPlace(text, 2, 3 + word.length), false, word);
  }
});

test('any span of any text: the same answer as the set', () => {
  const words = [...STOPWORDS];
  const piece = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 }), fc.constantFrom(' ', "'", 'é', 'the', 'и'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, a, b) => {
      const text = pieces.join('');
      const start = text.length === 0 ? 0 : a % text.length;
      const end = start + (b % (text.length - start + 1));
      assert.equal(inPlace(text, start, end), STOPWORDS.has(text.slice(start, end)));
    }),
    { numRuns: 3000 },
  );
});
