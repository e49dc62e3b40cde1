// Runs in Node. A long indexing run saves what it has extracted as it goes. Quitting saves anyway
// (LibrarySession.close); this is for a crash (the process killed) half way through a first
// index of 100,000 files, which would otherwise start again from nothing.
import type { IndexCache } from '../indexer/index-cache.js';

/**
 * When a run on the worker pool first saves its work; each later save comes twice as long after the
 * one before (5, 15, 35, 75 s into the run). A save writes the manifest whole (a run's changes are
 * too many for the journal), so its cost grows with the library: saving every 5 s made a first index
 * of 100,000 files 15–20 % slower, doubling keeps the saves' work within the run's last one twice
 * over, and a crash still loses at most half of what was done. A first index of 10,000 files, done
 * within 5 s here, saves once, at its end, as before.
 */
export const FIRST_CHECKPOINT_MS = 5_000;

/** Saves `cache` at growing intervals, starting after `firstMs` (none while one is being written), until stopped. */
export function checkpointEvery(cache: Pick<IndexCache, 'save'>, firstMs = FIRST_CHECKPOINT_MS): () => void {
  let timer: NodeJS.Timeout | null = null;
  const schedule = (ms: number): void => {
    timer = setTimeout(() => {
      cache
        .save()
        .catch((error: unknown) => console.error('lectern: saving the index so far failed (indexing goes on, and saves again at its end):', error))
        .finally(() => {
          if (timer) schedule(ms * 2);
        });
    }, ms);
    // Never what keeps a process alive: the run it belongs to is.
    timer.unref();
  };
  schedule(firstMs);
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
}
