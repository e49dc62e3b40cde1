// Runs in Node. What a library session is opened with: its listener, and the settings tests change.
import type { IndexProgress } from '../../common/contract.js';
import type { ArticleHooks } from './library-articles.js';

/**
 * Libraries the cache knows more files of are listed from it before the folder is checked: the
 * check (listing, a stat per file) takes about 25 µs a file, a quarter of a second at 10,000 while
 * the page that waits for the list is loading. Below this it takes under 50 ms, and the first list
 * is already the folder's.
 */
export const LIST_FROM_CACHE_ABOVE = 2_000;

/** Settings the tests change: when a reopened library is listed from its cache, how often a run saves. */
export interface SessionTuning {
  listFromCacheAbove?: number;
  checkpointMs?: number;
}

/** The session's listener: what the articles ask of it, and each run's progress. */
export interface SessionHooks extends ArticleHooks {
  progress(progress: IndexProgress): void;
}
