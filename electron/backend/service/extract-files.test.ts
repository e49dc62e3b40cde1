// Runs in Node (tests). A few files are extracted inline while no worker runs, and by the workers
// once they are running (their extractor is warm; the main thread keeps answering).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runExtractTask, type ExtractResult, type ExtractTask } from '../indexer/extract-job.js';
import { SEEDS_DIR, seedFiles } from '../indexer/seeds.fixture.js';
import { BATCH, batchesOf, extractFiles, FIRST_BATCH, type ExtractPool } from './extract-files.js';

/** A pool that extracts in this thread and counts the batches it was given. */
function countingPool(started: number): { pool: ExtractPool; batches: () => number } {
  let batches = 0;
  const pool = {
    started,
    size: 2,
    run: async (batch: ExtractTask[]): Promise<ExtractResult[]> => {
      batches++;
      return Promise.all(batch.map((task) => runExtractTask(task)));
    },
  } as unknown as ExtractPool;
  return { pool, batches: () => batches };
}

const tasks = (): ExtractTask[] => seedFiles().slice(0, 2).map((file) => ({ root: SEEDS_DIR, file, knownHash: null }));

test('two files with no worker running are extracted inline', async () => {
  const { pool, batches } = countingPool(0);
  const results: ExtractResult[] = [];
  await extractFiles(tasks(), pool, (r) => results.push(...r));
  assert.equal(batches(), 0);
  assert.deepEqual(results.map((r) => r.kind), ['article', 'article']);
});

test('two files go to the workers when they are already running', async () => {
  const { pool, batches } = countingPool(2);
  const results: ExtractResult[] = [];
  await extractFiles(tasks(), pool, (r) => results.push(...r));
  assert.equal(batches(), 1);
  assert.deepEqual(results.map((r) => r.kind).sort(), ['article', 'article']);
});

test('a large file goes to the workers even when none is running: extracted inline, it would hold the event loop', async () => {
  const { pool, batches } = countingPool(0);
  const results: ExtractResult[] = [];
  const [small, large] = tasks() as [ExtractTask, ExtractTask];
  await extractFiles([small, { ...large, stamp: { size: 5 * 1024 * 1024, mtimeMs: 0 } }], pool, (r) => results.push(...r));
  assert.equal(batches(), 1);
  assert.deepEqual(results.map((r) => r.kind).sort(), ['article', 'article']);
});

test('a large run goes to the workers in a few small batches first, for the first articles to show soon, then in larger ones', () => {
  const work: ExtractTask[] = Array.from({ length: 300 }, (_, i) => ({ root: SEEDS_DIR, file: `${String(i).padStart(3, '0')}.txt`, knownHash: null }));
  const batches = batchesOf(work, 4);
  assert.deepEqual(
    batches.map((batch) => batch.length),
    [FIRST_BATCH, FIRST_BATCH, FIRST_BATCH, FIRST_BATCH, ...Array.from({ length: Math.floor((300 - 4 * FIRST_BATCH) / BATCH) }, () => BATCH), (300 - 4 * FIRST_BATCH) % BATCH],
  );
  assert.deepEqual(batches.flat(), work, 'every file once, in order');
  assert.ok(BATCH > FIRST_BATCH);
});

test('every file of a run on the workers is reported once, whatever the batches', async () => {
  const { pool, batches } = countingPool(2);
  const work: ExtractTask[] = Array.from({ length: 45 }, (_, i) => ({ root: SEEDS_DIR, file: seedFiles()[i % seedFiles().length] ?? '', knownHash: null }));
  const results: ExtractResult[] = [];
  await extractFiles(work, pool, (r) => results.push(...r));
  assert.equal(results.length, 45);
  assert.equal(batches(), batchesOf(work, 4).length);
});
