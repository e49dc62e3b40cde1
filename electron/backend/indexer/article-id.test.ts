// Runs in Node. Ids must survive restarts and library moves, and differ between files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { articleIdFor, fingerprintOf } from './article-id.js';

test('an id is short lowercase hex, the same every time for the same relative path', () => {
  const id = articleIdFor('news/2013/nato.txt');
  assert.match(id, /^[a-z0-9]{8,64}$/);
  assert.equal(id.length, 16);
  assert.equal(articleIdFor('news/2013/nato.txt'), id);
  assert.equal(id, createHash('sha256').update('news/2013/nato.txt').digest('hex').slice(0, 16));
});

test('different files get different ids', () => {
  const ids = new Set(['a.txt', 'b.txt', 'news/a.txt', 'news/A.txt', 'a.md'].map(articleIdFor));
  assert.equal(ids.size, 5);
});

test('composed and decomposed spellings of a file name give the same id', () => {
  const composed = 'presse/D\u00e9fense.txt';
  const decomposed = 'presse/De\u0301fense.txt';
  assert.notEqual(composed, decomposed);
  assert.equal(articleIdFor(decomposed), articleIdFor(composed));
});

test('a fingerprint is 16 hex digits and changes with the text', () => {
  const f = fingerprintOf('First paragraph.\n\nSecond paragraph.');
  assert.match(f, /^[0-9a-f]{16}$/);
  assert.equal(fingerprintOf('First paragraph.\n\nSecond paragraph.'), f);
  assert.notEqual(fingerprintOf('First paragraph.\n\nSecond paragraph!'), f);
});
