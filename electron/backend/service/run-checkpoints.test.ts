// Runs in Node (tests). A long run saves 5 s in, then at doubling intervals, and not once stopped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkpointEvery, FIRST_CHECKPOINT_MS } from './run-checkpoints.js';

test('a run saves after 5 s, then each time twice as long after, one save at a time, and never once stopped', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const saves: number[] = [];
  let now = 0;
  let finishSave: () => void = () => undefined;
  const stop = checkpointEvery({
    save: () => {
      saves.push(now);
      return new Promise<void>((resolve) => (finishSave = resolve));
    },
  });
  const advance = async (ms: number): Promise<void> => {
    for (let step = 0; step < ms; step += 1000) {
      now += 1000;
      t.mock.timers.tick(1000);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await advance(FIRST_CHECKPOINT_MS);
  assert.deepEqual(saves, [5000]);
  // A save that takes long: the next interval counts from its end.
  await advance(3000);
  finishSave();
  await new Promise((resolve) => setImmediate(resolve));
  await advance(10_000);
  assert.deepEqual(saves, [5000, 18_000]);
  finishSave();
  stop();
  await advance(60_000);
  assert.deepEqual(saves, [5000, 18_000], 'stopped: no save after');
});
