// Runs in Node (benchmark, in a child process of its own): the whole app's memory for one library,
// as the app holds it. A library host (extraction workers, index cache, search worker) opens the
// folder cold with an empty data folder, streams every article into the search index, and answers
// a search once all are in. Prints the process's peak resident memory in MB (workers included: they
// are threads of this process), so nothing the rest of the bench did is counted.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { useBuiltWorkers } from '../../electron/backend/indexer/worker-pool.js';
import { EventHub } from '../../electron/backend/service/events.js';
import { LibraryHost } from '../../electron/backend/service/library-host.js';

useBuiltWorkers(new URL('../../out/electron/', import.meta.url));
const folder = process.argv[2];
if (!folder) throw new Error('usage: app-memory.ts FOLDER');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-memory-'));
const host = new LibraryHost(path.join(dataDir, 'index-cache'), () => undefined, new EventHub());
const session = await host.open(folder, false);
await session.ready;
await host.search.idle();
await host.search.search('warm up');
const peakMb = process.resourceUsage().maxRSS / 1024;
await host.close();
await rm(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ peakMb, articles: session.articles().length }));
process.exit(0);
