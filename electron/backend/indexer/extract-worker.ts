// Runs in a worker thread. Extracts batches of files for the indexer's pool, so the main process's
// event loop (IPC, HTTP, file watching) stays free while a large library is read.
import { parentPort } from 'node:worker_threads';
import { runInBackground } from './background-priority.js';
import { runExtractTask, type ExtractTask } from './extract-job.js';
import { serveTasks } from './worker-protocol.js';

runInBackground();
if (parentPort) serveTasks(parentPort, async (batch: ExtractTask[]) => Promise.all(batch.map(runExtractTask)));
