// Runs in Node (tests). The fast tokeniser gives exactly the words the Unicode regex gives, so
// extraction, word counts and duplicate signatures do not change with it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWords, normalizeSpaces, wordTokens } from './text-utils.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const reference = (text: string): string[] => [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);

/**
 * Text rich in the cases that matter: apostrophes (straight and curly), digits, capitals,
 * punctuation, spaces, the non-ASCII punctuation the fast scanner reads, and letters it must not.
 */
const newsText = fc
  .array(fc.constantFrom(..."aZq09 '’.,-\n\t\"!?x'B'", ...'abcXYZ 123', ...'\u00a0£©«®°·»–—‘’‚‛“”•…€™', ...'éßªº²½İ'), { maxLength: 80 })
  .map((chars) => chars.join(''));

test('news text, ASCII or not, tokenises exactly as the Unicode regex does', () => {
  fc.assert(
    fc.property(fc.oneof(newsText, newsText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
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

test('spaces are normalised the same whether or not a line needs it', () => {
  const slow = (line: string): string =>
    line
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
  const spacey = fc.array(fc.constantFrom(...'ab .\r', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', '\u00ad', '\u3000', '\u2028', '\u1680'), { maxLength: 20 }).map((c) => c.join(''));
  fc.assert(fc.property(fc.oneof(spacey, fc.string({ maxLength: 30 })), (line) => assert.equal(normalizeSpaces(line), slow(line))), { numRuns: 3000 });
});
