// Runs in Node (tests). The extractor's warm-up: the bundled library extracted on every worker while
// the person chooses a folder, dropped the moment a folder is opened, and harmless when it cannot run.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { ExtractResult, ExtractTask } from './extract-job.js';
import { PAGES_FOLDER_PREFIX, warmUpExtractor } from './extractor-warm-up.js';
import { SEEDS_DIR, seedFiles, warmUpPass } from './seeds.fixture.js';
import { WorkerPool, workerScript } from './worker-pool.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-warm-up-test-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** This process's warm-up page folders in the temporary folder. */
const temporaryPageFolders = async (): Promise<string[]> => (await readdir(os.tmpdir())).filter((name) => name.startsWith(`${PAGES_FOLDER_PREFIX}${process.pid}-`));

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

test('the warm-up extracts every bundled capture and the pages made from them the given number of times on each worker, starts them all, and leaves no page behind', () =>
  withPool(2, async (pool) => {
    assert.equal(pool.started, 0);
    const pages = await warmUpExtractor(pool, SEEDS_DIR, new AbortController().signal, 3);
    assert.equal(pages, warmUpPass() * 3 * 2);
    assert.ok(warmUpPass() > seedFiles().length * 5, 'pages were made from the captures');
    assert.equal(pool.started, 2);
    assert.deepEqual(await temporaryPageFolders(), [], 'the pages’ folder was removed');
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
    assert.ok((await warming) < warmUpPass() * 40, 'the warm-up stopped short');
    assert.deepEqual(await temporaryPageFolders(), [], 'the pages’ folder was removed');
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

test('page folders a warm-up left behind in a process that is gone are removed by the next one; a running process’s are kept', async () => {
  const gone = path.join(os.tmpdir(), `${PAGES_FOLDER_PREFIX}${2 ** 22 + 12345}-test`);
  const running = path.join(os.tmpdir(), `${PAGES_FOLDER_PREFIX}${process.ppid}-test`);
  await mkdir(gone, { recursive: true });
  await mkdir(running, { recursive: true });
  try {
    await withPool(1, async (pool) => {
      await warmUpExtractor(pool, SEEDS_DIR, new AbortController().signal, 1);
    });
    const left = await readdir(os.tmpdir());
    assert.ok(!left.includes(path.basename(gone)), 'the gone process’s pages were removed');
    assert.ok(left.includes(path.basename(running)), 'the running process’s pages were kept');
  } finally {
    await rm(gone, { recursive: true, force: true });
    await rm(running, { recursive: true, force: true });
  }
});
