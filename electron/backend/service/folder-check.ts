// Runs in Node. An open library's folder compared with its index cache (on opening, when the folder
// comes back, on resuming a cancelled run): what went leaves the list, or stays as "file missing",
// and what is new or changed is the work of the run that follows.
import type { ExtractTask } from '../indexer/extract-job.js';
import type { IndexCache } from '../indexer/index-cache.js';
import { planIndex } from '../indexer/plan-index.js';
import { usesPool, type ExtractPool } from './extract-files.js';
import type { LibraryArticles } from './library-articles.js';

/**
 * `listed`: the cache's articles are listed already, so what goes is announced, and what stays is
 * kept as it is. `done`: the files that need no extracting.
 */
export async function checkFolder(folder: string, cache: IndexCache, pool: ExtractPool, articles: LibraryArticles, listed: boolean): Promise<{ work: ExtractTask[]; done: number }> {
  // New files enough for the pool: its workers load their code while the rest are checked.
  const plan = await planIndex(folder, cache, (unseen) => {
    if (usesPool(unseen)) pool.warm();
  });
  articles.addFolderProblems(plan.problems);
  // A file gone while the app was closed may turn up under another name: its signature says.
  if (plan.gone.length > 0) await cache.signaturesRead;
  if (!listed) for (const entry of plan.reuse) articles.keep(entry);
  for (const entry of plan.gone) articles.gone(entry, listed);
  return { work: plan.work, done: plan.reuse.length + plan.gone.length };
}
