// Runs in Node (tests). A computation in steps gives the same answer at once or in slices, and in
// slices lets the event loop run between them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAtOnce, runInSlices, type Steps } from './steps.js';

function* busySum(steps: number, msPerStep: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + msPerStep;
    while (performance.now() < until) sum += 1e-9;
    sum = Math.round(sum) + i;
    yield;
  }
  return sum;
}

test('in slices, the answer is the same and timers run between the slices', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const sliced = await runInSlices(busySum(30, 2), 5);
  clearInterval(timer);
  assert.equal(sliced, runAtOnce(busySum(30, 0)));
  assert.ok(ticks >= 5, `the event loop ran during the 60 ms computation (${ticks} ticks)`);
});
