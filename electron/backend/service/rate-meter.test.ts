// Runs in Node (tests). The indexing rate follows the last seconds of a run, not its slow start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RATE_WINDOW_MS, RateMeter, SETTLE_MS } from './rate-meter.js';

test('after a slow first second, the rate and the time left are those of the recent pace', () => {
  const meter = new RateMeter(0);
  // 300 files in the first second (workers starting), then 3,000 a second.
  meter.record(1000, 300);
  for (let t = 1250; t <= 4000; t += 250) meter.record(t, 300 + ((t - 1000) / 1000) * 3000);
  assert.equal(Math.round(meter.filesPerSecond), 3000);
  assert.equal(Math.round(meter.secondsLeft(6000) ?? -1), 2);
  // Measured since the start it would have been 2,325 files a second, and 2.6 s left.
});

test('no time left is promised while the run is settling, though its rate is shown', () => {
  const meter = new RateMeter(0);
  meter.record(SETTLE_MS / 2, 500);
  assert.ok(meter.filesPerSecond > 0);
  assert.equal(meter.secondsLeft(1000), null);
  meter.record(SETTLE_MS, 1500);
  assert.notEqual(meter.secondsLeft(1000), null);
});

test('while the run is younger than the window, the rate is since its start; with no time passed there is none', () => {
  const meter = new RateMeter(100, 40);
  assert.equal(meter.filesPerSecond, 0);
  assert.equal(meter.secondsLeft(100), null);
  meter.record(100 + RATE_WINDOW_MS / 2, 540);
  assert.equal(meter.filesPerSecond, 500 / (RATE_WINDOW_MS / 2 / 1000));
});

test('a pause in the middle of a run slows the rate, and it recovers once files flow again', () => {
  const meter = new RateMeter(0);
  for (let t = 500; t <= 3000; t += 500) meter.record(t, t);
  const resumed = 3000 + RATE_WINDOW_MS;
  meter.record(resumed, 3000); // nothing for a whole window
  assert.equal(meter.filesPerSecond, 0);
  for (let t = resumed + 100; t <= resumed + RATE_WINDOW_MS; t += 100) meter.record(t, 3000 + (t - resumed));
  assert.equal(Math.round(meter.filesPerSecond), 1000);
});
