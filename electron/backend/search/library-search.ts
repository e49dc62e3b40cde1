// Runs in Node. Keeps the search index (in its own worker thread) in step with the open library and
// its annotations: articles are sent as they are indexed, annotations when they change (lazily, just
// before the next search). Articles go one small batch at a time, and a search goes at once: while
// a large library's index is built (seconds at 10,000 articles, half a minute at 100,000) a search
// waits for one batch, not for the whole library, and answers from what is indexed so far.
import type { SearchHit } from '../../common/contract.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { CancelledError, WorkerPool, workerScript } from '../indexer/worker-pool.js';
import type { SearchableAnnotations } from './search-index.js';
import type { SearchRequest } from './search-protocol.js';
import { searchStamp } from './search-stamp.js';

type RecordLookup = (articleId: string) => ArticleRecord | undefined;

export interface SearchDoc {
  id: string;
  title: string | null;
  site: string | null;
  /** Null: the worker reads it from the bodies file. */
  body: string | null;
  ref: { offset: number; length: number } | null;
}

/** Articles per message: about 25 ms of the worker's time, the longest a search waits behind them. */
const CHUNK = 100;
/**
 * How long the index must have been idle before the worker is asked to save it (it writes only
 * when enough changed): a library being read, or a folder being synced, is not saved after each file.
 */
const SAVE_AFTER_MS = 2_000;

/** How many articles are still to be indexed for search (0: the index holds the whole library). */
export type BacklogListener = (pending: number) => void;

export class LibrarySearch {
  readonly #script = workerScript('search-worker');
  readonly #worker = new WorkerPool<SearchRequest, SearchHit[] | null>(this.#script, 1);
  readonly #dirty = new Set<string>();
  /**
   * Changes to the index not yet sent, in order. Only one is in the worker's queue at a time, so a
   * search, sent straight to it, waits for one batch at most. Removals keep their place among the
   * upserts: one sent ahead of an article's pending upsert would be undone by it.
   */
  #backlog: Array<Extract<SearchRequest, { type: 'upsert' | 'remove' | 'settled' }>> = [];
  #pending = 0;
  #pumping = false;
  /** Counts resets: a batch of the library before counts for nothing in the next one's backlog. */
  #generation = 0;
  readonly #idleWaiters: Array<() => void> = [];
  #saveTimer: NodeJS.Timeout | undefined;
  /** Whether a snapshot file was named (resume): only then is there anything to save. */
  #resumed = false;

  constructor(
    private readonly recordOf: RecordLookup,
    private readonly onBacklog: BacklogListener = () => undefined,
    /** Idle time before the index is saved; Infinity: only when `save` is called (the benchmark times it). */
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  /** Articles waiting to be indexed for search: a search meanwhile answers from the others. */
  get pending(): number {
    return this.#pending;
  }

  /** Settles once every article sent so far is searchable. */
  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** A library opened: start a new index reading bodies from `bodiesFile`. */
  reset(bodiesFile: string | null): void {
    this.#dirty.clear();
    this.#backlog = [];
    this.#generation++;
    this.#resumed = false;
    clearTimeout(this.#saveTimer);
    if (this.#pending > 0) this.#shrunk(this.#pending);
    void this.#send({ type: 'reset', bodiesFile });
  }

  /**
   * The library's index cache is open: the worker reads its bodies file anew, and takes the index
   * saved in `snapshotFile` when it still fits, so that a library opened again is searchable at
   * once. Send every article next, then `settled`: the saved articles not sent again are dropped.
   */
  resume(snapshotFile: string): void {
    this.#resumed = true;
    void this.#send({ type: 'resume', snapshot: snapshotFile, stamp: searchStamp(this.#script) });
  }

  /** Has the worker save the index now, if enough changed since it was read or saved. */
  async save(): Promise<void> {
    await this.#send({ type: 'save' });
  }

  /** Every article of the library has been upserted since `resume`. */
  settled(): void {
    this.#backlog.push({ type: 'settled' });
    this.#grew(0);
  }

  upsert(docs: readonly SearchDoc[], withAnnotations = true): void {
    for (let i = 0; i < docs.length; i += CHUNK) this.#backlog.push({ type: 'upsert', docs: docs.slice(i, i + CHUNK) });
    if (withAnnotations) for (const doc of docs) if (this.recordOf(doc.id)) this.#dirty.add(doc.id);
    this.#grew(docs.length);
  }

  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#backlog.push({ type: 'remove', ids: [...ids] });
    this.#grew(0);
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
    this.#backlog = [];
    clearTimeout(this.#saveTimer);
    return this.#worker.close();
  }

  #grew(docs: number): void {
    this.#pending += docs;
    if (docs > 0) this.onBacklog(this.#pending);
    if (!this.#pumping) void this.#pump();
  }

  #shrunk(docs: number): void {
    this.#pending = Math.max(0, this.#pending - docs);
    this.onBacklog(this.#pending);
    if (this.#pending === 0) for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** Sends the backlog one message at a time, each once the worker has done the one before. */
  async #pump(): Promise<void> {
    this.#pumping = true;
    try {
      for (let next = this.#backlog.shift(); next; next = this.#backlog.shift()) {
        const generation = this.#generation;
        await this.#send(next);
        // A reset meanwhile emptied the backlog and the count: this batch was the old library's.
        if (generation !== this.#generation) continue;
        if (next.type === 'upsert') this.#shrunk(next.docs.length);
        else if (next.type === 'remove') {
          // Annotations go at once, so a removal waiting here may have come after them and cleared
          // them: an article that still has some gets them again with the next search.
          for (const id of next.ids) if (this.recordOf(id)) this.#dirty.add(id);
        }
      }
    } finally {
      this.#pumping = false;
    }
    this.#saveWhenIdle();
  }

  /** Asks the worker to save the index once nothing has been sent to it for a while. */
  #saveWhenIdle(): void {
    if (!this.#resumed || !Number.isFinite(this.saveAfterMs)) return;
    clearTimeout(this.#saveTimer);
    const generation = this.#generation;
    this.#saveTimer = setTimeout(() => {
      if (generation === this.#generation && this.#backlog.length === 0) void this.save();
    }, this.saveAfterMs);
    // A quitting app does not wait for it: the next opening indexes what changed.
    this.#saveTimer.unref();
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
