// Runs in Node. Extracts a list of article files the way both the app and `lectern index` do: inline
// for a few small ones unless the workers are running (starting them would cost more than it saves),
// else in batches on the worker pool, each batch's results handed over as soon as they are in (so in
// no particular order).
import { runExtractTask, type ExtractResult, type ExtractTask } from '../indexer/extract-job.js';
import { setImmediate as turn } from 'node:timers/promises';
import { CancelledError, DEPTH, type WorkerPool } from '../indexer/worker-pool.js';

export type ExtractPool = WorkerPool<ExtractTask[], ExtractResult[]>;

/** Up to this many files are extracted inline. */
const INLINE_LIMIT = 24;
/**
 * And only while their known sizes come to no more than this. A 200 KB capture extracted inline
 * held the event loop 30–80 ms; a 64 MB one (the largest read) would hold it for seconds, so a
 * file dropped into a watched folder goes to a worker when it is large.
 */
const INLINE_BYTES = 256 * 1024;
/**
 * Files per message to a worker. Each message costs both ends: the worker's reply is cloned, the
 * main thread makes its objects, collects them and reports progress, on the cores the extraction
 * needs. Batches of 32 rather than 8 indexed a folder of 10,000 in the app 6–9 % faster, in
 * alternating runs (docs/benchmarks.md, twenty-fifth session); 64 was no faster.
 */
export const BATCH = 32;
/**
 * The first batches (DEPTH per worker, as many as it holds at once) are smaller: a library's first
 * articles reach the list after 8 files, not 32, while a worker new to the extractor runs it slowly.
 */
export const FIRST_BATCH = 8;

/** Whether `count` files, `bytes` in all as far as known, are worth the worker pool. */
export function usesPool(count: number, bytes = 0): boolean {
  return count > INLINE_LIMIT || bytes > INLINE_BYTES;
}

/** Whether a list of tasks is worth the worker pool, by their number and the sizes their stamps give. */
export function tasksUsePool(work: readonly ExtractTask[]): boolean {
  let bytes = 0;
  for (const task of work) bytes += task.stamp?.size ?? 0;
  return usesPool(work.length, bytes);
}

/**
 * Extracts `work`, calling `accept` with each batch of results. Once `stopped()` is true no further
 * file is started inline; on the pool, cancelled batches are simply not reported. A batch whose
 * worker failed is reported as problems, so every file is accounted for. `owner`: whose batches they
 * are in the pool's queue, for its cancelQueued.
 */
export async function extractFiles(work: readonly ExtractTask[], pool: ExtractPool, accept: (results: ExtractResult[]) => void, stopped: () => boolean = () => false, owner?: object): Promise<void> {
  // Workers already started take even a few files: their extractor is compiled and warm, while the
  // main thread's has seldom run (a capture extracted inline held the event loop for ~50 ms).
  if (!tasksUsePool(work) && pool.started === 0) {
    for (const task of work) {
      if (stopped()) break;
      accept([await runExtractTask(task)]);
      // A turn for the event loop before whatever follows (the next file, linking the copies): the
      // extraction, tens of milliseconds in the main thread's seldom-run code, is enough in one go.
      await turn();
    }
    return;
  }
  const batches = batchesOf(work, DEPTH * pool.size);
  await Promise.all(
    batches.map((batch) =>
      pool.run(batch, owner).then(accept, (error: unknown) => {
        if (!(error instanceof CancelledError)) accept(batch.map((t) => ({ file: t.file, stamp: null, hash: null, kind: 'problem', message: `Indexing failed: ${String(error)}` })));
      }),
    ),
  );
}

/** `work` in batches for the pool: the first `small` of FIRST_BATCH files, the rest of BATCH. */
export function batchesOf(work: readonly ExtractTask[], small: number): ExtractTask[][] {
  const batches: ExtractTask[][] = [];
  for (let i = 0; i < work.length; ) {
    const size = batches.length < small ? FIRST_BATCH : BATCH;
    batches.push(work.slice(i, i + size));
    i += size;
  }
  return batches;
}
