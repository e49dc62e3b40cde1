// Runs in Node and in the search worker. The messages the library's search client sends its worker.
import type { SearchableAnnotations, SearchableArticle } from './search-index.js';

export type SearchRequest =
  | { type: 'reset'; bodiesFile: string | null }
  /** A null body is read from the bodies file at `ref` by the worker (articles reused from the cache). */
  | { type: 'upsert'; docs: Array<Omit<SearchableArticle, 'body'> & { body: string | null; ref: { offset: number; length: number } | null }> }
  /**
   * The library's index cache is open: the bodies file is opened again (the cache may have started
   * it afresh), and the snapshot in `snapshot` taken as the index, if it fits (index-snapshot.ts).
   * Its articles count as unconfirmed until upserted again with their body in the same place.
   */
  | { type: 'resume'; snapshot: string; /** The search code's stamp (search-stamp.ts). */ stamp: string }
  /** Every article of the library has been upserted since the resume: the unconfirmed ones go. */
  | { type: 'settled' }
  /** Writes the index to the resumed snapshot's file, if enough changed since it was read or written. */
  | { type: 'save' }
  | { type: 'remove'; ids: string[] }
  | { type: 'annotations'; items: Array<SearchableAnnotations & { articleId: string }> }
  | { type: 'search'; query: string };
