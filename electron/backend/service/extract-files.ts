// Runs in Node. Extracts a list of article files the way both the app and `lectern index` do: inline
// for a few unless the workers are running (starting them would cost more than it saves), else in batches on the worker
// pool, each batch's results handed over as soon as they are in (so in no particular order).
import { runExtractTask, type ExtractResult, type ExtractTask } from '../indexer/extract-job.js';
import { CancelledError, type WorkerPool } from '../indexer/worker-pool.js';

export type ExtractPool = WorkerPool<ExtractTask[], ExtractResult[]>;

/** Up to this many files are extracted inline. */
const INLINE_LIMIT = 24;
/** Files per message to a worker: fewer messages, yet results still stream in small steps. */
const BATCH = 8;

/** Whether `count` files are worth the worker pool. */
export function usesPool(count: number): boolean {
  return count > INLINE_LIMIT;
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
  if (!usesPool(work.length) && pool.started === 0) {
    for (const task of work) if (!stopped()) accept([await runExtractTask(task)]);
    return;
  }
  const batches: ExtractTask[][] = [];
  for (let i = 0; i < work.length; i += BATCH) batches.push(work.slice(i, i + BATCH));
  await Promise.all(
    batches.map((batch) =>
      pool.run(batch, owner).then(accept, (error: unknown) => {
        if (!(error instanceof CancelledError)) accept(batch.map((t) => ({ file: t.file, stamp: null, hash: null, kind: 'problem', message: `Indexing failed: ${String(error)}` })));
      }),
    ),
  );
}
