// Runs in Node (tests). The extraction pool over real files: results match in-process extraction,
// queued work can be cancelled, and a closed pool refuses new work.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { BACKGROUND_NICE, SCHED_IDLE } from './background-priority.js';
import { runExtractTask, type ExtractResult, type ExtractTask } from './extract-job.js';
import { SEEDS_DIR, seedFiles } from './seeds.fixture.js';
import { CancelledError, WorkerPool, flagsForBuiltWorker, workerScript } from './worker-pool.js';

/** Whether util-linux's chrt (which sets SCHED_IDLE for the workers) is installed. */
function hasChrt(): boolean {
  try {
    execFileSync('chrt', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the extraction worker pool', () => {
  let root: string;
  let pool: WorkerPool<ExtractTask[], ExtractResult[]>;

  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'lectern-pool-'));
    for (const file of seedFiles()) await copyFile(path.join(SEEDS_DIR, file), path.join(root, file));
    pool = new WorkerPool(workerScript('extract-worker'), 2);
  });
  after(async () => {
    await pool.close();
    await rm(root, { recursive: true, force: true });
  });

  test('workers extract exactly what the main thread would', async () => {
    const tasks = seedFiles().map((file) => ({ root, file, knownHash: null }));
    const [fromWorkers, inline] = await Promise.all([Promise.all(tasks.map((t) => pool.run([t]))), Promise.all(tasks.map((t) => runExtractTask(t)))]);
    assert.deepEqual(fromWorkers.flat(), inline);
    assert.ok(inline.every((r) => r.kind === 'article'));
  });

  test('bodies as cache lines and signatures arrive whole, several to a batch', async () => {
    // Their buffers are moved between threads, not copied: each must arrive intact and apart.
    const tasks = seedFiles().map((file) => ({ root, file, knownHash: null, bodyAsLine: true }));
    const [fromWorkers, inline] = await Promise.all([pool.run(tasks), Promise.all(tasks.map((t) => runExtractTask(t)))]);
    assert.deepEqual(fromWorkers, inline);
    assert.ok(inline.every((r) => r.kind === 'article-line' && r.bodyLine.length > 100 && r.signature?.length === 128));
  });

  test('batches sent to a worker still starting arrive whole, each with its own bodies', async () => {
    // A starting worker takes in every batch sent meanwhile and runs them interleaved.
    const fresh = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);
    try {
      const batches = seedFiles().map((file) => [{ root, file, knownHash: null, bodyAsLine: true }]);
      const [fromWorker, inline] = await Promise.all([Promise.all(batches.map((b) => fresh.run(b))), Promise.all(batches.map((b) => runExtractTask(b[0] as ExtractTask)))]);
      assert.deepEqual(fromWorker.flat(), inline);
    } finally {
      await fresh.close();
    }
  });

  test('a file whose content hash is known is not extracted again', async () => {
    const [file] = seedFiles();
    const [first] = await pool.run([{ root, file: file as string, knownHash: null }]);
    const [again] = await pool.run([{ root, file: file as string, knownHash: first?.hash ?? null }]);
    assert.equal(again?.kind, 'unchanged');
  });

  test('cancelling drops the queued tasks; the pool keeps working afterwards', async () => {
    const tasks = Array.from({ length: 20 }, () => pool.run(seedFiles().map((file) => ({ root, file, knownHash: null }))));
    pool.cancelQueued();
    const settled = await Promise.allSettled(tasks);
    const cancelled = settled.filter((s) => s.status === 'rejected' && s.reason instanceof CancelledError).length;
    assert.ok(cancelled >= 15, `${cancelled} of 20 were cancelled`);
    assert.equal(pool.queued, 0);
    const [result] = await pool.run([{ root, file: seedFiles()[0] as string, knownHash: null }]);
    assert.equal(result?.kind, 'article');
  });

  test("cancelling one owner's queued tasks leaves another's to run", async () => {
    const [first, second] = [{}, {}];
    const batch = () => seedFiles().map((file) => ({ root, file, knownHash: null }));
    const firsts = Array.from({ length: 10 }, () => pool.run(batch(), first));
    const seconds = Array.from({ length: 10 }, () => pool.run(batch(), second));
    pool.cancelQueued(first);
    const settledFirst = await Promise.allSettled(firsts);
    assert.ok(settledFirst.filter((s) => s.status === 'rejected' && s.reason instanceof CancelledError).length >= 6, 'the first owner’s queued tasks were dropped');
    const results = await Promise.all(seconds);
    assert.equal(results.length, 10, "every one of the second owner's tasks ran");
    for (const result of results) assert.equal(result.length, seedFiles().length);
  });

  test('on Linux, extraction threads run at background priority and only on otherwise idle cores', async (t) => {
    if (process.platform !== 'linux') {
      t.skip('thread priorities are only lowered on Linux: skipping');
      return;
    }
    await Promise.all(Array.from({ length: pool.size * 2 }, () => pool.run([{ root, file: seedFiles()[0] as string, knownHash: null }])));
    const threads = await Promise.all(
      (await readdir('/proc/self/task')).map(async (task) => {
        const stat = await readFile(`/proc/self/task/${task}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { nice: Number(fields[16]), policy: Number(fields[38]) };
      }),
    );
    const background = threads.filter((thread) => thread.nice === BACKGROUND_NICE);
    assert.equal(background.length, pool.size, 'one background thread per worker, and only those');
    if (!hasChrt()) {
      t.diagnostic('util-linux chrt is not installed: the threads keep nice 10 without SCHED_IDLE');
      return;
    }
    assert.equal(threads.filter((thread) => thread.policy === SCHED_IDLE).length, pool.size, 'each worker runs only on idle cores');
    assert.equal(os.getPriority(), 0, 'the main thread keeps its normal priority');
  });

  test('a second worker starts only once the first has answered, so the first results come first', async () => {
    const fresh = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 2);
    try {
      fresh.warm();
      const task = () => fresh.run([{ root, file: seedFiles()[0] as string, knownHash: null }]);
      const first = [task(), task(), task()];
      assert.equal(fresh.started, 1, 'one worker while none has answered, however much is queued');
      await Promise.all(first);
      await Promise.all([task(), task(), task()]);
      assert.equal(fresh.started, 2, 'then the pool grows to its size');
    } finally {
      await fresh.close();
    }
  });

  test('a closed pool refuses work', async () => {
    const closed = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);
    await closed.close();
    await assert.rejects(closed.run([]), /closed/);
  });
});

test('a built worker starts without the module loaders, and still starts with flags a worker may not be given', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-flags-'));
  try {
    // A built worker that answers each task with the flags it was started with.
    await writeFile(path.join(dir, 'flags-worker.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, ok: true, value: process.execArgv }));\n");
    const pool = pathToFileURL(path.join(import.meta.dirname, 'worker-pool.ts')).href;
    const script = pathToFileURL(path.join(dir, 'flags-worker.mjs')).href;
    const main = path.join(dir, 'main.mts');
    await writeFile(main, `import { WorkerPool } from ${JSON.stringify(pool)};\nconst p = new WorkerPool(new URL(${JSON.stringify(script)}), 1);\nconsole.log(JSON.stringify(await p.run(null)));\nawait p.close();\n`);
    const flagsSeen = (flags: string[]): string[] => JSON.parse(execFileSync(process.execPath, [...flags, main], { encoding: 'utf8' })) as string[];
    assert.deepEqual(flagsSeen(['--import', 'tsx']), []);
    // Node refuses V8's heap sizes in a worker's own flags: the worker inherits them instead of failing.
    assert.deepEqual(flagsSeen(['--import', 'tsx', '--max-semi-space-size=16']), ['--import', 'tsx', '--max-semi-space-size=16']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a built worker gets the process flags without module loaders such as tsx', () => {
  assert.deepEqual(flagsForBuiltWorker(['--import', 'tsx', '--max-old-space-size=4096']), ['--max-old-space-size=4096']);
  assert.deepEqual(flagsForBuiltWorker(['--import=tsx', '-r', 'dotenv/config', '--loader', 'x.mjs', '--expose-gc']), ['--expose-gc']);
  assert.deepEqual(flagsForBuiltWorker(['--experimental-loader=y', '--require=z', '--inspect']), ['--inspect']);
  assert.deepEqual(flagsForBuiltWorker([]), []);
});
