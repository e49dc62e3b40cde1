// Runs in Node and in the search worker. The messages the library's search client sends its worker.
import type { SearchableAnnotations, SearchableArticle } from './search-index.js';

export type SearchRequest =
  | { type: 'reset'; bodiesFile: string | null }
  /** A null body is read from the bodies file at `ref` by the worker (articles reused from the cache). */
  | { type: 'upsert'; docs: Array<Omit<SearchableArticle, 'body'> & { body: string | null; ref: { offset: number; length: number } | null }> }
  | { type: 'remove'; ids: string[] }
  | { type: 'annotations'; items: Array<SearchableAnnotations & { articleId: string }> }
  | { type: 'search'; query: string };
