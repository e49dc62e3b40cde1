// Runs in Node. Readies the extractor's workers while the person is still choosing a folder to open.
// A worker's first thousands of pages run slower than the rest: V8 compiles the extractor as its
// functions grow hot, and again as pages take branches the first ones did not, a third of a cold
// 10,000's time (docs/benchmarks.md). Extracting the bundled library a few dozen times, which nobody
// waits for, does most of that compiling before the first page of theirs.
import { readdir } from 'node:fs/promises';
import type { ExtractResult, ExtractTask } from './extract-job.js';
import type { WorkerPool } from './worker-pool.js';

/**
 * Passes over the bundled library per worker: 1.3–1.7 s on this machine's two cores, less than a
 * person takes to choose a folder (and cut short if they are quicker). In alternating runs 120 passes
 * made the next index 2–6 % faster than 40, and 240 faster again than 120, on the benchmark's library
 * and on real pages; 480 no faster than 240. The rest of the gap to fully warm workers is pages unlike
 * the seeds (docs/benchmarks.md).
 */
export const WARM_UP_ROUNDS = 240;

/**
 * Extracts the captures in `folder` (the bundled library) `rounds` times per worker of `pool`, the
 * results thrown away. Aborting `cut` (a library opening) drops what is left of it: the passes still
 * queued, or all of them if the folder is still being listed. Resolves to the pages extracted and
 * never rejects: a warm-up that cannot run (the folder gone, the pool closed) costs the next index its
 * head start, nothing else.
 */
export async function warmUpExtractor(pool: WorkerPool<ExtractTask[], ExtractResult[]>, folder: string, cut: AbortSignal, rounds = WARM_UP_ROUNDS): Promise<number> {
  let files: string[];
  try {
    files = (await readdir(folder)).filter((file) => file.endsWith('.txt')).sort();
  } catch {
    return 0;
  }
  if (files.length === 0 || cut.aborted) return 0;
  // The signal is the passes' owner in the pool's queue, for the abort to drop them alone.
  cut.addEventListener('abort', () => pool.cancelQueued(cut), { once: true });
  // Made as a first index makes its tasks (no stamp: the worker stats a file as it reads it; the body
  // wanted as the cache's line), for the code compiled to be the code that index runs.
  const pass: ExtractTask[] = files.map((file) => ({ root: folder, file, knownHash: null, bodyAsLine: true }));
  const passes = Array.from({ length: rounds * pool.size }, () =>
    pool.run(pass, cut).then(
      (results) => results.filter((result) => result.kind === 'article-line').length,
      () => 0,
    ),
  );
  return (await Promise.all(passes)).reduce((sum, pages) => sum + pages, 0);
}
