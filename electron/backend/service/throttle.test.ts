// Runs in Node (unit tests). The push throttle: the first value at once, then at most one per
// interval carrying the latest, and a final value at once (never overtaken by a late one).
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { throttled } from './throttle.js';

/** A throttle over 40 ms whose final value is 0, and what it has sent. */
function recorded(): { sent: number[]; push: (value: number) => void } {
  const sent: number[] = [];
  return { sent, push: throttled((value: number) => sent.push(value), 40, (value) => value === 0) };
}

test('values in quick succession: the first at once, the latest once the interval has passed', async () => {
  const { sent, push } = recorded();
  push(5);
  push(4);
  push(3);
  assert.deepEqual(sent, [5]);
  await sleep(120);
  assert.deepEqual(sent, [5, 3], 'the 4 was superseded before its turn');
});

test('a final value goes at once, and nothing held back follows it', async () => {
  const { sent, push } = recorded();
  push(5);
  push(4);
  push(0);
  assert.deepEqual(sent, [5, 0]);
  await sleep(120);
  assert.deepEqual(sent, [5, 0]);
});

test('a value the receiver already has is not sent again', async () => {
  const { sent, push } = recorded();
  push(0);
  push(0);
  push(3);
  await sleep(120);
  push(0);
  push(0);
  assert.deepEqual(sent, [0, 3, 0], 'each 0 after the first said nothing new');
});

test('a change undone before its turn is never sent', async () => {
  const { sent, push } = recorded();
  push(0);
  push(7);
  push(0);
  await sleep(120);
  assert.deepEqual(sent, [0], 'the 7 held back was dropped when the backlog was empty again');
  push(2);
  assert.deepEqual(sent, [0, 2], 'a new value after the interval goes at once');
});
