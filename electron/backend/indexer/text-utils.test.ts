// Runs in Node (tests). The fast ASCII tokeniser gives exactly the words the Unicode regex gives, so
// extraction, word counts and duplicate signatures do not change with it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWords, wordTokens } from './text-utils.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const reference = (text: string): string[] => [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);

/** ASCII text rich in the cases that matter: apostrophes, digits, capitals, punctuation, spaces. */
const asciiText = fc.array(fc.constantFrom(..."aZq09 '’.,-\n\t\"!?x'B'", ...'abcXYZ 123'), { maxLength: 80 }).map((chars) => chars.join(''));

test('ASCII and mixed text tokenise exactly as the Unicode regex does', () => {
  fc.assert(
    fc.property(fc.oneof(asciiText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
      assert.deepEqual(wordTokens(text), reference(text));
      // Counted on the text as written: lowercasing can change the count ("İ" becomes "i" plus a mark).
      assert.equal(countWords(text), [...text.matchAll(WORD)].length);
    }),
    { numRuns: 3000 },
  );
});

test('inner apostrophes stay in the word; trailing and doubled ones do not', () => {
  assert.deepEqual(wordTokens("NATO's chief said it's rock'n'roll, 'quoted' 2013's x''y"), ['nato\'s', 'chief', 'said', 'it\'s', "rock'n'roll", 'quoted', "2013's", 'x', 'y']);
  assert.deepEqual(wordTokens('Üñíçødé words’ and it’s'), ['üñíçødé', 'words', 'and', 'it’s']);
});
