// Runs in Node. Readies the extractor's workers while the person is still choosing a folder to open.
// A worker's first thousands of pages run slower than the rest: V8 compiles the extractor as its
// functions grow hot, and again as pages take branches the first ones did not, a third of a cold
// 10,000's time (docs/benchmarks.md). Extracting the bundled library and pages made from it
// (warm-up-pages.ts) a dozen times, which nobody waits for, does most of that compiling before
// the first page of theirs.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExtractResult, ExtractTask } from './extract-job.js';
import { removeStaleTemporaries } from './stale-temporaries.js';
import { warmUpPages, type WarmUpSeed } from './warm-up-pages.js';
import type { WorkerPool } from './worker-pool.js';

/**
 * Passes over the bundled library and its warm-up pages per worker: about 1.3 s on this machine's two
 * cores, less than a person takes to choose a folder (and cut short if they are quicker). The five
 * captures alone took 240 passes to warm as far as they could (480 no better); with the pages made
 * from them, 12 passes make the next index faster than those 240 did (docs/benchmarks.md).
 */
export const WARM_UP_ROUNDS = 12;

/** The start of the name of the temporary folder the pages are written to (the process id follows). */
export const PAGES_FOLDER_PREFIX = 'lectern-warm-up-';

/** A page folder's name: the prefix, the process id, mkdtemp's letters. */
const PAGES_FOLDER = new RegExp(`^${PAGES_FOLDER_PREFIX}(\\d+)-`);

/** The bundled captures, by name, in a fixed order; none when the folder cannot be read. */
async function readSeeds(folder: string): Promise<WarmUpSeed[]> {
  try {
    const names = (await readdir(folder)).filter((file) => file.endsWith('.txt')).sort();
    return await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(folder, name), 'utf8') })));
  } catch {
    return [];
  }
}

/**
 * Extracts the captures in `folder` (the bundled library) and the pages made from them `rounds`
 * times per worker of `pool`, the results thrown away. The pages are written to a temporary folder
 * for the workers to read as they read any file, and removed once every pass is over. Aborting `cut`
 * (a library opening) drops what is left: the passes still queued, or all of them if the folder is
 * still being read. Resolves to the pages run through the extractor and never rejects: a warm-up that cannot run
 * (the folder gone, the pool closed) costs the next index its head start, nothing else.
 */
export async function warmUpExtractor(pool: WorkerPool<ExtractTask[], ExtractResult[]>, folder: string, cut: AbortSignal, rounds = WARM_UP_ROUNDS): Promise<number> {
  const seeds = await readSeeds(folder);
  if (seeds.length === 0 || cut.aborted) return 0;
  let pagesFolder: string | null = null;
  try {
    // Left by warm-ups of processes that are gone (the app quit or crashed mid-way).
    await removeStaleTemporaries(os.tmpdir(), PAGES_FOLDER);
    pagesFolder = await mkdtemp(path.join(os.tmpdir(), `${PAGES_FOLDER_PREFIX}${process.pid}-`));
    const pages = warmUpPages(seeds);
    await Promise.all(pages.map((page) => writeFile(path.join(pagesFolder as string, page.name), page.text)));
    if (cut.aborted) return 0;
    // The signal is the passes' owner in the pool's queue, for the abort to drop them alone.
    cut.addEventListener('abort', () => pool.cancelQueued(cut), { once: true });
    // Made as a first index makes its tasks (no stamp: the worker stats a file as it reads it; the
    // body wanted as the cache's line), for the code compiled to be the code that index runs. The
    // made pages go with the captures in every pass: the last pass leaves code compiled for them all.
    const task = (root: string, file: string): ExtractTask => ({ root, file, knownHash: null, bodyAsLine: true });
    const pass = [...seeds.map((seed) => task(folder, seed.name)), ...pages.map((page) => task(pagesFolder as string, page.name))];
    const passes = Array.from({ length: rounds * pool.size }, () =>
      pool.run(pass, cut).then(
        (results) => results.length,
        () => 0,
      ),
    );
    return (await Promise.all(passes)).reduce((sum, extracted) => sum + extracted, 0);
  } catch {
    return 0; // the temporary folder could not be written: no warm-up
  } finally {
    if (pagesFolder) await rm(pagesFolder, { recursive: true, force: true }).catch(() => undefined);
  }
}
