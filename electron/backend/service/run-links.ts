// Runs in Node. What an open library's indexing run leaves to its end, once every signature is
// known: syndicated copies linked to their originals (duplicate-links.ts) and renamed files'
// annotations moved to their new article (rename-matching.ts); and, when an original goes without a
// run, its copies linked again. Each article whose link changed goes to the session's listener.
import type { IndexCache } from '../indexer/index-cache.js';
import type { LibraryArticles } from './library-articles.js';
import type { SessionHooks } from './session-options.js';

/** After a run's extraction, when every signature is known: copies linked, or linked anew, to their original. */
export async function linkCopies(articles: LibraryArticles, hooks: SessionHooks): Promise<void> {
  const relinked = await articles.linkDuplicates();
  if (relinked.length > 0) hooks.changed({ upserted: relinked, removed: [], bodies: [] });
}

/** Copies whose original went are linked again (see LibraryArticles.hasOrphanedCopies). A reopen
 * that finds none does not wait for the signatures. */
export async function relinkOrphans(articles: LibraryArticles, cache: IndexCache, hooks: SessionHooks): Promise<void> {
  if (!articles.hasOrphanedCopies()) return;
  await cache.signaturesRead;
  const relinked = await articles.linkDuplicates();
  if (relinked.length === 0) return;
  hooks.changed({ upserted: relinked, removed: [], bodies: [] });
  await cache.save();
}

/** Renamed files' annotations follow them, unless the session was closed while its run was finishing. */
export function followRenames(articles: LibraryArticles, closed: boolean): Promise<void> {
  return closed ? Promise.resolve() : articles.followRenames();
}
