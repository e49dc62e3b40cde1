// Runs in a worker thread. Extracts batches of files for the indexer's pool, so the main process's
// event loop (IPC, HTTP, file watching) stays free while a large library is read.
import { parentPort } from 'node:worker_threads';
import { runInBackground } from './background-priority.js';
import type { ExtractResult, ExtractTask } from './extract-job.js';
import { serveTasks } from './worker-protocol.js';

// Lowered from the start, before the extractor's code loads (a quarter second of work the interface,
// starting at the same moment, needs the cores for). Tried the other way round, the first batch at
// normal priority: the workers' start-up slowed the interface's own and the first rows came no
// sooner (scripts/bench/ui-only.ts). Not a top-level await: a worker still evaluating its entry
// module cannot always be terminated (Node 20), and closing the app must never wait on it.
const extractor = runInBackground().then(() => import('./extract-job.js'));

/** The buffers each reply was made with (runExtractBatch's): moved to the main thread, not copied. */
const replyBuffers = new WeakMap<ExtractResult[], ArrayBuffer[]>();

if (parentPort) {
  serveTasks(
    parentPort,
    async (batch: ExtractTask[]) => {
      const { runExtractBatch } = await extractor;
      // One file after another: each read blocks this thread only (see runExtractTask's io).
      const { results, buffers } = await runExtractBatch(batch, 'blocking');
      replyBuffers.set(results, buffers);
      return results;
    },
    (results) => replyBuffers.get(results) ?? [],
  );
}
