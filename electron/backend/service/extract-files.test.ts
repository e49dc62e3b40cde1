// Runs in Node (tests). A few files are extracted inline while no worker runs, and by the workers
// once they are running (their extractor is warm; the main thread keeps answering).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runExtractTask, type ExtractResult, type ExtractTask } from '../indexer/extract-job.js';
import { SEEDS_DIR, seedFiles } from '../indexer/seeds.fixture.js';
import { extractFiles, type ExtractPool } from './extract-files.js';

/** A pool that extracts in this thread and counts the batches it was given. */
function countingPool(started: number): { pool: ExtractPool; batches: () => number } {
  let batches = 0;
  const pool = {
    started,
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
