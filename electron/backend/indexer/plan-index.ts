// Runs in Node. Decides what an indexing run must do: list the folder's article files, stat them, and
// compare with the cache. Same size and mtime: reused as cached. Otherwise the file is read again, and
// extracted only if its content hash changed. Cached files no longer on disk are reported as gone,
// and so are those an earlier extractor knew (the cache was rebuilt since).
import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IndexProblem } from '../../common/contract.js';
import type { ExtractTask } from './extract-job.js';
import { reusableHash, type CachedFile, type IndexCache } from './index-cache.js';
import { listLibrary } from './index-library.js';

export interface IndexPlan {
  reuse: CachedFile[];
  work: ExtractTask[];
  gone: CachedFile[];
  /** Subfolders that could not be read. */
  problems: IndexProblem[];
}

/** Stats at once: enough to hide disk latency, few enough not to exhaust file handles. */
const STAT_CONCURRENCY = 32;
/** Synchronous stats run in slices this long before the event loop gets its turn. */
const SLICE_MS = 4;
/** A stat slower than this went to the disk (from memory it takes a few microseconds). */
const CACHED_STAT_MS = 0.05;

/**
 * Size and mtime of each path, in order (null: gone or unreadable). Reopening a library just
 * closed, the file system has every file's metadata in memory and a synchronous stat costs a few
 * microseconds, where each of 10,000 promised ones cost the main thread ~20 µs of its own (200 ms in
 * all, while the page that waits for the list is loading). Sliced, the event loop still runs every
 * few ms. Once most stats of a slice prove slow (a cold disk, not one stat that lost its core to
 * another thread), the rest go concurrently, as the disk needs.
 */
async function statAll(paths: readonly string[]): Promise<Array<Stats | null>> {
  const out: Array<Stats | null> = new Array<Stats | null>(paths.length).fill(null);
  let next = 0;
  let cold = false;
  while (next < paths.length && !cold) {
    const start = performance.now();
    let count = 0;
    let slow = 0;
    for (let now = start; next < paths.length && now - start < SLICE_MS; count++) {
      try {
        out[next] = statSync(paths[next] as string, { throwIfNoEntry: false }) ?? null;
      } catch {
        out[next] = null;
      }
      next++;
      const before = now;
      now = performance.now();
      if (now - before > CACHED_STAT_MS) slow++;
    }
    cold = slow * 2 > count;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      out[index] = await stat(paths[index] as string).catch(() => null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, paths.length - next) }, worker));
  return out;
}

/** `onListed` hears how many listed files the cache has never seen, before they are all checked. */
export async function planIndex(root: string, cache: IndexCache, onListed?: (unseen: number) => void): Promise<IndexPlan> {
  const { files, problems } = await listLibrary(root);
  onListed?.(files.reduce((unseen, file) => (cache.files.has(file) ? unseen : unseen + 1), 0));
  const plan: IndexPlan = { reuse: [], work: [], gone: [], problems };
  const present = new Set(files);
  // A file the cache has never seen is extracted whatever its size and mtime: the worker looks at
  // them as it reads it. Not stat'ing 10,000 new files here lets the first ones start at once.
  const known: CachedFile[] = [];
  for (const file of files) {
    const cached = cache.files.get(file);
    if (cached) known.push(cached);
    else plan.work.push({ root, file, knownHash: null });
  }
  const stats = await statAll(known.map((cached) => path.join(root, ...cached.file.split('/'))));
  known.forEach((cached, i) => {
    const info = stats[i];
    if (info && cached.size === info.size && cached.mtimeMs === info.mtimeMs) plan.reuse.push(cached);
    else plan.work.push({ root, file: cached.file, knownHash: reusableHash(cached), ...(info ? { stamp: { size: info.size, mtimeMs: info.mtimeMs } } : {}) });
  });
  for (const cached of cache.files.values()) if (!present.has(cached.file)) plan.gone.push(cached);
  // Known to an earlier extractor and gone since: the notes of a deleted or renamed file still count.
  for (const cached of cache.takeEarlier()) if (!present.has(cached.file)) plan.gone.push(cached);
  // The pool works through files in name order, as the listing shows them.
  plan.work.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return plan;
}
