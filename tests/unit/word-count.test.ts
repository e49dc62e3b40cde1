// Runs in Node (tests). The count under a note: words in any script, Chinese and Japanese by character.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordCount } from '../../renderer/src/model/word-count.js';

test('counts words of spaced scripts, with their apostrophes, hyphens and accents', () => {
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('NATO’s missile-defence plan, 2010.'), 4);
  assert.equal(wordCount('Расмуссен заявил'), 2);
  assert.equal(wordCount('대통령은 서울에서 기자회견을 열었다.'), 4);
  assert.equal(wordCount('🙂 — …'), 0);
});

test('counts each Chinese or Japanese character as a word, as word processors do', () => {
  assert.equal(wordCount('商標法違反'), 5);
  assert.equal(wordCount('データ'), 3, 'the long vowel mark is part of the katakana');
  assert.equal(wordCount('NATOの導入について。'), 1 + 7);
  assert.equal(wordCount('iPhone을 샀다'), 2, 'a Korean ending on a Latin word is one word with it');
});
