// Runs in Node. Keeps the search index in step with the open library and its annotations: built on
// the first search (so opening a library stays fast), annotations re-indexed lazily when they change.
import { bodyText, type LibraryIndex } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';
import type { SearchHit } from '../../common/contract.js';
import { SearchIndex } from './search-index.js';

type RecordLookup = (articleId: string) => ArticleRecord | undefined;

export class LibrarySearch {
  #library: LibraryIndex | null = null;
  #index: SearchIndex | null = null;
  readonly #dirty = new Set<string>();

  constructor(private readonly recordOf: RecordLookup) {}

  /** A different library is open: the old index is useless. */
  libraryOpened(library: LibraryIndex): void {
    if (library === this.#library) return;
    this.#library = library;
    this.#index = null;
    this.#dirty.clear();
  }

  /** An article's note or highlights changed. */
  annotationsChanged(articleId: string): void {
    this.#dirty.add(articleId);
  }

  search(query: string): SearchHit[] {
    const index = this.#ensureIndex();
    for (const articleId of this.#dirty) this.#indexAnnotations(index, articleId);
    this.#dirty.clear();
    return index.search(query);
  }

  #ensureIndex(): SearchIndex {
    if (this.#index) return this.#index;
    const index = new SearchIndex();
    const articles = this.#library?.articles ?? [];
    index.reset(articles.map((a) => ({ id: a.id, title: a.title, site: a.site, body: bodyText(a.paragraphs) })));
    for (const article of articles) this.#indexAnnotations(index, article.id);
    this.#index = index;
    this.#dirty.clear();
    return index;
  }

  #indexAnnotations(index: SearchIndex, articleId: string): void {
    const record = this.recordOf(articleId);
    const highlights = (record?.highlights ?? []).map((h) => ({
      id: h.id,
      quote: h.target.quote.exact,
      note: (h as { note?: string }).note ?? '',
    }));
    index.setAnnotations(articleId, { note: record?.note?.text ?? '', highlights });
  }
}
