// Runs in Node (a test's child process): `index-until-killed.fixture.ts <folder> <cache root>`.
// Indexes the folder on one worker, saving first after 50 ms, and prints how many articles it has
// extracted after each batch, for the test to kill it (SIGKILL, as a crash) half way.
import { WorkerPool, workerScript } from '../indexer/worker-pool.js';
import type { ExtractResult, ExtractTask } from '../indexer/extract-job.js';
import { LibrarySession } from './library-session.js';

const [folder, cacheRoot] = process.argv.slice(2);
if (!folder || !cacheRoot) throw new Error('usage: index-until-killed.fixture.ts <folder> <cache root>');
const pool = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);
let extracted = 0;
const session = await LibrarySession.open(
  folder,
  false,
  cacheRoot,
  pool,
  {
    annotated: () => false,
    changed: (change) => {
      extracted += change.bodies.length;
      process.stdout.write(`${extracted}\n`);
    },
    progress: () => undefined,
  },
  { checkpointMs: 50 },
);
await session.ready;
process.stdout.write('done\n');
await session.close();
await pool.close();
