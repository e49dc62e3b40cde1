// Runs in Node (tests). Recently read bodies stay within their size, dropping the least recently used.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentTexts } from './recent-texts.js';

test('keeps texts up to its size, dropping the least recently used first', () => {
  const recent = new RecentTexts(10);
  recent.set('a', 'aaaa');
  recent.set('b', 'bbbb');
  assert.equal(recent.get('a'), 'aaaa'); // now b is the oldest
  recent.set('c', 'cccc');
  assert.equal(recent.get('b'), undefined);
  assert.equal(recent.get('a'), 'aaaa');
  assert.equal(recent.get('c'), 'cccc');
});

test('a replaced or forgotten text is never served again', () => {
  const recent = new RecentTexts(100);
  recent.set('a', 'old body');
  recent.set('a', 'new body');
  assert.equal(recent.get('a'), 'new body');
  recent.forget('a');
  assert.equal(recent.get('a'), undefined);
  recent.set('b', 'x'.repeat(100));
  assert.equal(recent.get('b'), 'x'.repeat(100), 'replacing and forgetting gave back their size');
});
