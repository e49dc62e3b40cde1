// Runs in Node (tests). The extractor's warm-up: the bundled library extracted on every worker while
// the person chooses a folder, dropped the moment a folder is opened, and harmless when it cannot run.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { ExtractResult, ExtractTask } from './extract-job.js';
import { warmUpExtractor } from './extractor-warm-up.js';
import { SEEDS_DIR, seedFiles } from './seeds.fixture.js';
import { WorkerPool, workerScript } from './worker-pool.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-warm-up-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

type ExtractPool = WorkerPool<ExtractTask[], ExtractResult[]>;
const newPool = (size: number): ExtractPool => new WorkerPool(workerScript('extract-worker'), size);

/** Runs `use` with a pool of `size` workers, closed after. */
async function withPool(size: number, use: (pool: ExtractPool) => Promise<void>): Promise<void> {
  const pool = newPool(size);
  try {
    await use(pool);
  } finally {
    await pool.close();
  }
}

test('the warm-up extracts every bundled capture the given number of times on each worker, and starts them all', () =>
  withPool(2, async (pool) => {
    assert.equal(pool.started, 0);
    const pages = await warmUpExtractor(pool, SEEDS_DIR, new AbortController().signal, 3);
    assert.equal(pages, seedFiles().length * 3 * 2);
    assert.equal(pool.started, 2);
  }));

test('aborting the warm-up drops its queued passes and leaves another owner’s work to run', () =>
  withPool(1, async (pool) => {
    const cut = new AbortController();
    const warming = warmUpExtractor(pool, SEEDS_DIR, cut.signal, 40);
    // Once the warm-up has queued its passes (it lists the folder first), the library's batch comes after them.
    while (pool.queued === 0) await new Promise((resolve) => setImmediate(resolve));
    const library = pool.run([{ root: SEEDS_DIR, file: seedFiles()[0] ?? '', knownHash: null }], {});
    cut.abort();
    assert.equal(pool.queued, 1, 'only the library’s batch is left in the queue');
    const [result] = await library;
    assert.equal(result?.kind, 'article');
    assert.ok((await warming) < seedFiles().length * 40, 'the warm-up stopped short');
  }));

test('aborted while it still lists the folder, the warm-up queues nothing', () =>
  withPool(1, async (pool) => {
    const cut = new AbortController();
    const warming = warmUpExtractor(pool, SEEDS_DIR, cut.signal, 40);
    cut.abort();
    assert.equal(await warming, 0);
    assert.equal(pool.queued, 0);
    assert.equal(pool.started, 0);
  }));

test('a folder with no captures, one that is gone, or a closed pool warms nothing and fails nothing', async () => {
  const empty = path.join(dir, 'empty');
  await mkdir(empty);
  const pool = newPool(1);
  try {
    assert.equal(await warmUpExtractor(pool, empty, new AbortController().signal), 0);
    assert.equal(await warmUpExtractor(pool, path.join(dir, 'gone'), new AbortController().signal), 0);
    assert.equal(pool.started, 0, 'no worker was started for nothing');
  } finally {
    await pool.close();
  }
  assert.equal(await warmUpExtractor(pool, SEEDS_DIR, new AbortController().signal, 1), 0);
});
