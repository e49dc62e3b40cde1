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

/**
 * A batch's body lines and signatures are moved to the main thread, not copied: each was made for
 * the reply. Only an array that is the whole of its buffer is moved (moving a shared one would
 * take its neighbours along, or fail).
 */
function bodiesAndSignatures(results: ExtractResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: Uint8Array | Uint32Array | null): void => {
    if (array && array.buffer instanceof ArrayBuffer && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength) buffers.add(array.buffer);
  };
  for (const result of results) {
    if (result.kind === 'article-line') add(result.bodyLine);
    if (result.kind === 'article' || result.kind === 'article-line') add(result.signature);
  }
  return [...buffers];
}

if (parentPort) {
  serveTasks(parentPort, async (batch: ExtractTask[]) => {
    const { runExtractTask } = await extractor;
    // One file after another: each read blocks this thread only (see runExtractTask's io).
    const results = [];
    for (const task of batch) results.push(await runExtractTask(task, 'blocking'));
    return results;
  }, bodiesAndSignatures);
}
