// Runs in Node (tests). Search terms without their accents or full width, and the patterns that find
// them again in a text in any of their forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldTerm, fullWidthKana, kanaVariantsPattern, variantsPattern } from './fold.js';

test('terms lose the accents of Latin and Greek letters and their full width', () => {
  assert.equal(foldTerm('são'), 'sao');
  assert.equal(foldTerm('peña'), 'pena');
  assert.equal(foldTerm('zürich'), 'zurich');
  assert.equal(foldTerm('cafe\u0301'), 'cafe', 'an accent typed as a mark of its own');
  assert.equal(foldTerm('ελλάδα'), 'ελλαδα');
  assert.equal(foldTerm('ｎｈｋ'), 'nhk');
  assert.equal(foldTerm('２０１９'), '2019');
  assert.equal(foldTerm('nato'), 'nato');
});

test('letters of their own, Cyrillic and kana keep their form', () => {
  assert.equal(foldTerm('søren'), 'søren');
  assert.equal(foldTerm('straße'), 'straße');
  assert.equal(foldTerm('мой'), 'мой', 'й is a letter of its own, not и with a breve');
  assert.equal(foldTerm('がか'), 'がか');
});

test('a folded term is found in the text in any of its forms', () => {
  const find = (term: string, text: string) => text.match(new RegExp(variantsPattern(term), 'giu')) ?? [];
  assert.deepEqual(find('sao', 'São Paulo, SAO, sao'), ['São', 'SAO', 'sao']);
  assert.deepEqual(find('cafe', 'un café, un cafe\u0301'), ['café', 'cafe\u0301']);
  assert.deepEqual(find('nhk', 'ＮＨＫによると'), ['ＮＨＫ']);
  assert.deepEqual(find('c++', 'C++ and c'), ['C++'], 'other characters are taken literally');
});

test('half-width katakana become the full-width kana they stand for, each voicing mark on its letter', () => {
  assert.equal(fullWidthKana('ｶﾞｲﾄﾞﾌﾞｯｸ'), 'ガイドブック');
  assert.equal(fullWidthKana('ﾊﾟｰﾃｨｰ、ﾃﾚﾋﾞ'), 'パーティー、テレビ');
  assert.equal(fullWidthKana('カﾞ'), 'ガ', 'a half-width voicing mark after a full-width letter');
  assert.equal(fullWidthKana('ＮＨＫ ①ﬁ'), 'ＮＨＫ ①ﬁ', 'other compatibility characters are left as they are');
  assert.equal(fullWidthKana('がか'), 'がか');
});

test('a Japanese term is found in the text with its katakana full or half width', () => {
  const find = (term: string, text: string) => text.match(new RegExp(kanaVariantsPattern(term) ?? term, 'gu')) ?? [];
  assert.deepEqual(find('ガイド', 'ｶﾞｲﾄﾞとガイド'), ['ｶﾞｲﾄﾞ', 'ガイド']);
  assert.deepEqual(find('パー', 'ﾊﾟｰﾃｨｰ'), ['ﾊﾟｰ']);
  assert.deepEqual(find('カイ', 'ｶﾞｲ'), [], 'a voiced letter is not its plain one');
  assert.equal(kanaVariantsPattern('商標'), null, 'a term without katakana is looked for as it is');
});
