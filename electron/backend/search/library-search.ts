// Runs in Node. Keeps the search index (in its own worker thread) in step with the open library and
// its annotations: articles are sent as they are indexed, annotations when they change (lazily, just
// before the next search). One worker answers in order, so a search sees every earlier change.
import type { SearchHit } from '../../common/contract.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { CancelledError, WorkerPool, workerScript } from '../indexer/worker-pool.js';
import type { SearchableAnnotations } from './search-index.js';
import type { SearchRequest } from './search-protocol.js';

type RecordLookup = (articleId: string) => ArticleRecord | undefined;

export interface SearchDoc {
  id: string;
  title: string | null;
  site: string | null;
  /** Null: the worker reads it from the bodies file. */
  body: string | null;
  ref: { offset: number; length: number } | null;
}

/** Articles per message while a library streams in. */
const CHUNK = 200;

export class LibrarySearch {
  readonly #worker = new WorkerPool<SearchRequest, SearchHit[] | null>(workerScript('search-worker'), 1);
  readonly #dirty = new Set<string>();

  constructor(private readonly recordOf: RecordLookup) {}

  /** A library opened: start a new index reading bodies from `bodiesFile`. */
  reset(bodiesFile: string | null): void {
    this.#dirty.clear();
    void this.#send({ type: 'reset', bodiesFile });
  }

  upsert(docs: readonly SearchDoc[], withAnnotations = true): void {
    for (let i = 0; i < docs.length; i += CHUNK) void this.#send({ type: 'upsert', docs: docs.slice(i, i + CHUNK) });
    if (withAnnotations) for (const doc of docs) if (this.recordOf(doc.id)) this.#dirty.add(doc.id);
  }

  remove(ids: readonly string[]): void {
    if (ids.length > 0) void this.#send({ type: 'remove', ids: [...ids] });
  }

  /** An article's note or highlights changed. */
  annotationsChanged(articleId: string): void {
    this.#dirty.add(articleId);
  }

  async search(query: string): Promise<SearchHit[]> {
    if (this.#dirty.size > 0) {
      const items = [...this.#dirty].map((articleId) => ({ articleId, ...this.#annotationsOf(articleId) }));
      this.#dirty.clear();
      void this.#send({ type: 'annotations', items });
    }
    return (await this.#send({ type: 'search', query })) ?? [];
  }

  close(): Promise<void> {
    return this.#worker.close();
  }

  #send(request: SearchRequest): Promise<SearchHit[] | null> {
    return this.#worker.run(request).catch((error: unknown) => {
      if (request.type === 'search') throw error;
      if (error instanceof CancelledError) return null; // the library or the app is closing
      console.error('lectern: the search index could not be updated:', error);
      return null;
    });
  }

  #annotationsOf(articleId: string): SearchableAnnotations {
    const record = this.recordOf(articleId);
    return {
      note: record?.note?.text ?? '',
      highlights: (record?.highlights ?? []).map((h) => ({ id: h.id, quote: h.target.quote.exact, note: h.note ?? '' })),
    };
  }
}
