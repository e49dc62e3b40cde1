// Runs in Node. What the search worker is given of the open library's articles (library-host.ts):
// their titles and sites, and each body as its place in the index cache's bodies file, which the
// worker reads itself (an empty body for a file that is missing: only its title is searchable).
import type { ArticleMeta } from '../indexer/index-cache.js';
import type { LibrarySearch, SearchDoc } from '../search/library-search.js';
import type { LibrarySession, SessionChange } from './library-session.js';

/**
 * A library just opened: what its cache already knew goes to the search worker as references (it
 * reads the bodies itself), or is found indexed already in the index it saved for the library
 * (`snapshotFile`), and what is not in the library any more leaves that index.
 */
export function searchOpenedLibrary(search: LibrarySearch, session: LibrarySession, snapshotFile: string): void {
  search.resume(snapshotFile);
  search.upsert(session.articles().map((a) => docOf(a, session)));
  search.settled();
}

/** An article the session already lists (what the cache knew when the library opened). */
export function docOf(article: ArticleMeta, session: LibrarySession): SearchDoc {
  return { id: article.id, title: article.title, site: article.site, body: session.isMissing(article.id) ? '' : null, ref: session.bodyRef(article.id) };
}

/** The articles a change upserted with a body (re-)extracted: the others' search docs stand. */
export function changedDocs(change: SessionChange): SearchDoc[] {
  const bodies = new Map(change.bodies.map((b) => [b.id, b]));
  return change.upserted.flatMap((a) => {
    const body = bodies.get(a.id);
    // A body goes as its place in the bodies file, not its text: the search worker reads it when
    // it gets to it, so bodies never pile up here while it catches up (100,000 articles: hundreds
    // of MB). No place: the file is missing, only its title stays searchable.
    return body ? [{ id: a.id, title: a.title, site: a.site, body: body.ref ? null : '', ref: body.ref }] : [];
  });
}
