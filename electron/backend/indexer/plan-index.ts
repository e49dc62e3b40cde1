// Runs in Node. Decides what an indexing run must do: list the folder's article files, stat them, and
// compare with the cache. Same size and mtime: reused as cached. Otherwise the file is read again, and
// extracted only if its content hash changed. Cached files no longer on disk are reported as gone,
// and so are those an earlier extractor knew (the cache was rebuilt since).
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

/** `onListed` hears how many listed files the cache has never seen, before they are all checked. */
export async function planIndex(root: string, cache: IndexCache, onListed?: (unseen: number) => void): Promise<IndexPlan> {
  const { files, problems } = await listLibrary(root);
  onListed?.(files.reduce((unseen, file) => (cache.files.has(file) ? unseen : unseen + 1), 0));
  const plan: IndexPlan = { reuse: [], work: [], gone: [], problems };
  const present = new Set(files);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      const cached = cache.files.get(file);
      // A file the cache has never seen is extracted whatever its size and mtime: the worker looks
      // at them as it reads it. Not stat'ing 10,000 new files here lets the first ones start at once.
      if (!cached) {
        plan.work.push({ root, file, knownHash: null });
        continue;
      }
      const info = await stat(path.join(root, ...file.split('/'))).catch(() => null);
      if (info && cached.size === info.size && cached.mtimeMs === info.mtimeMs) plan.reuse.push(cached);
      else plan.work.push({ root, file, knownHash: reusableHash(cached), ...(info ? { stamp: { size: info.size, mtimeMs: info.mtimeMs } } : {}) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, files.length) }, worker));
  for (const cached of cache.files.values()) if (!present.has(cached.file)) plan.gone.push(cached);
  // Known to an earlier extractor and gone since: the notes of a deleted or renamed file still count.
  for (const cached of cache.takeEarlier()) if (!present.has(cached.file)) plan.gone.push(cached);
  // The pool works through files in name order, as the listing shows them.
  plan.work.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return plan;
}
