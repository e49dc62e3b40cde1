// Runs in Node (tests). The search index splits text into words exactly as MiniSearch does, on any
// text (scripts, spaces of every kind, punctuation inside and around words, astral characters), but
// for Chinese, Japanese and Korean, which it indexes as pairs of characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { readSeed, seedFiles } from '../indexer/seeds.fixture.js';
import { fullWidthKana } from './fold.js';
import { isUnspacedTerm, tokenize } from './tokenize.js';

const miniSearchTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** MiniSearch's words, each run of an unspaced script in them, its katakana full width, cut into overlapping pairs. */
function reference(text: string): string[] {
  return miniSearchTokenize(text).flatMap((word) => {
    if (!/[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]/u.test(word)) return [word];
    const runs = word.match(/[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]+|[^\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]+/gu) ?? [];
    return runs.flatMap((written) => {
      const run = fullWidthKana(written);
      const characters = [...run];
      if (!/[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]/u.test(run) || characters.length === 1) return [run];
      return characters.slice(1).map((character, i) => `${characters[i]}${character}`);
    });
  });
}

/** Characters around every edge the tokeniser has: separators of each kind, lone surrogates, astral ones, unspaced scripts. */
const PIECES = ['a', 'Z', 'é', 'д', '中', '国', 'の', 'ー', 'カ', 'ｶ', 'ﾞ', 'ﾟ', 'ｰ', '한', '1', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', ',', '.', '。', '、', '-', '—', '«', '»', '’', '"', '$', '+', '|', '~', '_', '🙂', '𐄀', '𠀀', '\ud800', '\udc00', '', 'NATO'];

test('splits any text into the words MiniSearch splits it into, pairs of characters where words are not spaced', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ maxLength: 20 }), (pieces, random) => {
      for (const text of [pieces.join(''), random, `${random} ${pieces.join('')}`]) assert.deepEqual(tokenize(text), reference(text), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('splits every character of the Basic Multilingual Plane as MiniSearch does, or as a word of its own where words are not spaced', () => {
  for (let unit = 0; unit < 0x10000; unit += 1) {
    const text = `a${String.fromCharCode(unit)}b`;
    assert.deepEqual(tokenize(text), reference(text), `U+${unit.toString(16)}`);
  }
});

test('splits the seed captures as MiniSearch does', () => {
  for (const file of seedFiles()) {
    const text = readSeed(file);
    assert.deepEqual(tokenize(text), miniSearchTokenize(text), file);
  }
});

test('Japanese, Chinese and Korean text becomes overlapping pairs of characters, so a word inside a clause is one of them', () => {
  assert.deepEqual(tokenize('商標法違反に！'), ['商標', '標法', '法違', '違反', '反に', '']);
  assert.deepEqual(tokenize('NATO的导弹'), ['NATO', '的导', '导弹']);
  assert.deepEqual(tokenize('서울에서 만나요'), ['서울', '울에', '에서', '만나', '나요']);
  // The long vowel mark is written in katakana words, though shared by both kana scripts.
  assert.deepEqual(tokenize('データ'), ['デー', 'ータ']);
  assert.deepEqual(tokenize('中 国'), ['中', '国']);
  assert.deepEqual(tokenize('𠀀𠀁'), ['𠀀𠀁'], 'a pair of astral characters is one pair, not four halves');
});

test('katakana written half width give the pairs of their full-width kana', () => {
  assert.deepEqual(tokenize('ｶﾞｲﾄﾞを読む'), tokenize('ガイドを読む'));
  assert.deepEqual(tokenize('NHKのﾆｭｰｽ'), ['NHK', 'のニ', 'ニュ', 'ュー', 'ース']);
});

test('tells terms of the unspaced scripts from other words', () => {
  assert.ok(isUnspacedTerm('商標'));
  assert.ok(isUnspacedTerm('中'));
  assert.ok(!isUnspacedTerm('nato'));
  assert.ok(!isUnspacedTerm('дом'));
  assert.ok(!isUnspacedTerm(''));
});
