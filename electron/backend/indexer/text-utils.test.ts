// Runs in Node (tests). The fast tokeniser gives exactly the words the Unicode regex gives, so
// extraction, word counts and duplicate signatures do not change with it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWords, fnv1a, hashPlainWords, isPlain, normalizeSpaces, oddCharacterCursor, scanWords, scanned, wordTokens } from './text-utils.js';

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

test('the one-pass word hasher finds the tokens the Unicode regex finds, with their FNV-1a hashes', () => {
  fc.assert(
    fc.property(newsText.filter(isPlain), (text) => {
      const expected = [...text.matchAll(WORD)].map((m): [number, number, number] => [m.index, m.index + m[0].length, fnv1a(text, m.index, m.index + m[0].length)]);
      const room = (text.length >> 1) + 1;
      const hashes = new Uint32Array(room);
      const bounds = new Uint32Array(2 * room);
      const count = hashPlainWords(text, hashes, bounds);
      const found = Array.from({ length: count }, (_, k): [number, number, number] => [bounds[2 * k] ?? -1, bounds[2 * k + 1] ?? -1, hashes[k] ?? -1]);
      assert.deepEqual(found, expected);
    }),
    { numRuns: 3000 },
  );
});

test('inner apostrophes stay in the word; trailing and doubled ones do not', () => {
  assert.deepEqual(wordTokens("NATO's chief said it's rock'n'roll, 'quoted' 2013's x''y"), ['nato\'s', 'chief', 'said', 'it\'s', "rock'n'roll", 'quoted', "2013's", 'x', 'y']);
  assert.deepEqual(wordTokens('Üñíçødé words’ and it’s'), ['üñíçødé', 'words', 'and', 'it’s']);
});

const slowNormalize = (line: string): string =>
  line
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

test('every UTF-16 code unit, inside a line or at either end, is normalised as the regexes would', () => {
  // Exhaustive, because a line with one odd character and nothing else untidy is rare in random text.
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    for (const line of [`a${c}b`, `${c}ab`, `ab${c}`, `a ${c}b`]) assert.equal(normalizeSpaces(line), slowNormalize(line), `U+${code.toString(16)} in ${JSON.stringify(line)}`);
  }
});

test('spaces are normalised the same whether or not a line needs it', () => {
  const slow = slowNormalize;
  const spacey = fc.array(fc.constantFrom(...'ab .\r', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', '\u00ad', '\u3000', '\u2028', '\u1680'), { maxLength: 20 }).map((c) => c.join(''));
  fc.assert(fc.property(fc.oneof(spacey, fc.string({ maxLength: 30 })), (line) => assert.equal(normalizeSpaces(line), slow(line))), { numRuns: 3000 });
});

test('a huge line is scanned whole, and its buffers are not kept once an ordinary line follows', () => {
  const huge = 'word '.repeat(1_000_000);
  assert.equal(scanWords(huge), 1_000_000);
  assert.ok(scanned.hashes.length > 1_000_000);
  assert.equal(scanWords('two words'), 2);
  assert.ok(scanned.hashes.length < 1_000_000, `${scanned.hashes.length} hashes kept`);
  assert.deepEqual([...scanned.hashes.subarray(0, 2)], [fnv1a('two'), fnv1a('words')]);
});

test('the odd-character cursor stops at exactly the code units that make a line untidy or not plain', () => {
  for (let code = 0; code < 0x10000; code++) {
    const line = `a${String.fromCharCode(code)}b`;
    const odd = !isPlain(line) || normalizeSpaces(line) !== line;
    assert.equal(oddCharacterCursor(line).within(0, line.length), odd, `U+${code.toString(16)}`);
  }
  // Lines asked in order: each is answered by where the next odd character lies.
  const cursor = oddCharacterCursor('plain\nnbsp\u00a0here\nplain again\nacc\u00e9nt');
  assert.deepEqual([[0, 5], [6, 15], [16, 27], [28, 34]].map(([start, end]) => cursor.within(start ?? 0, end ?? 0)), [false, true, false, true]);
});
