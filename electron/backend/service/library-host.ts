// Runs in Node. The open library's life: opening a folder (index cache, worker pool, search index,
// file watcher), streaming its changes to the renderer as coalesced `libraryUpdated` deltas and
// throttled `indexProgress` events, and closing it all down. When a file is renamed or moved, the
// session finds its new article and the host moves the annotations there through the store.
import type { ArticleMove, ArticleSummary, IndexProgress, LibraryView } from '../../common/contract.js';
import { IndexCache, type ArticleMeta } from '../indexer/index-cache.js';
import { LibrarySearch } from '../search/library-search.js';
import type { AnnotationStore } from '../store/annotation-store.js';
import type { ArticleRecord } from '../store/data-schema.js';
import type { EventHub } from './events.js';
import { throttled } from './throttle.js';
import { LibraryListings } from './library-listings.js';
import { ExtractionWorkers } from './extraction-workers.js';
import { LibrarySession, type SessionChange } from './library-session.js';
import { watchLibrary, type LibraryWatcher } from './library-watcher.js';
import { changedDocs, searchOpenedLibrary } from './search-docs.js';
import { summaryOf } from './views.js';

/** Changes and progress reach the renderer at most this often, so it re-sorts a few times a second. */
const PUSH_MS = 250;
/**
 * At most this many articles go in one delta: about what a push interval gathers while a large
 * library streams in. A larger change goes out in parts, one per interval, each taken in by the page
 * in one task: the copies linked again when a 100,000-article run ends (5,000 articles, 1.4 MB)
 * blocked the page for 200-390 ms in one piece.
 */
const MAX_PUSHED = 1000;

/** What the host needs of the annotation store to follow a renamed file. */
export type AnnotationMover = Pick<AnnotationStore, 'moveRecord'>;

export class LibraryHost {
  readonly #workers = new ExtractionWorkers();
  readonly search: LibrarySearch;
  /** A large library's list, kept for its page to fetch in parts (getLibraryPart). */
  readonly listings = new LibraryListings();
  #session: LibrarySession | null = null;
  #watcher: LibraryWatcher | null = null;
  #token: object = {};
  readonly #upserted = new Map<string, ArticleMeta>();
  readonly #removed = new Set<string>();
  /** Old id → new id of articles whose annotations followed a renamed file since the library opened. */
  readonly #movedTo = new Map<string, string>();
  /** Moves not yet pushed, in order: the next delta tells an open reader to follow them. */
  #moved: ArticleMove[] = [];
  #timer: NodeJS.Timeout | null = null;
  #lastProgress = 0;
  /** Progress the throttle held back: it goes out with the next list push, so the files counted as
   * done are never fewer than the articles listed. */
  #heldProgress: IndexProgress | null = null;
  /** How many libraryUpdated deltas have been sent (see LibraryDelta.revision). */
  #revision = 0;
  /** Whether this library's first articles went out: those go at once, later ones gathered. */
  #firstPushed = false;

  constructor(
    private readonly cacheRoot: string,
    private readonly recordOf: (articleId: string) => ArticleRecord | undefined,
    private readonly events: EventHub,
    /** Without it (a read-only host), a renamed file's annotations stay with "file missing". */
    private readonly annotations: AnnotationMover | null = null,
    private readonly maxPushed = MAX_PUSHED,
  ) {
    const pushBacklog = throttled((pending: number) => this.events.emit('searchIndexing', { pending }), PUSH_MS, (pending) => pending === 0);
    this.search = new LibrarySearch(recordOf, pushBacklog);
  }

  get session(): LibrarySession | null {
    return this.#session;
  }

  /**
   * The person is choosing a folder to open: the extractor's workers start and warm up on the bundled
   * library meanwhile (extractor-warm-up.ts), unless a run is streaming through them, which warms
   * them as well. Settles when the warm-up is done, or cut short by a library opening, with the
   * pages it extracted (0 when there was none).
   */
  prepareToIndex(bundledLibrary: string): Promise<number> {
    return this.#workers.prepare(bundledLibrary, this.#session?.streaming ?? false);
  }

  /** Opens `folder` and makes it the current library (throws not-found when it cannot be read). */
  async open(folder: string, bundled: boolean): Promise<LibrarySession> {
    const token = {};
    const previous = this.#token;
    this.#token = token;
    this.#workers.stopWarmUp();
    this.#firstPushed = false;
    this.#heldProgress = null;
    this.search.reset(IndexCache.bodiesFileFor(this.cacheRoot, folder));
    this.listings.clear();
    this.#upserted.clear();
    this.#removed.clear();
    this.#movedTo.clear();
    this.#moved = [];
    // The same library again: the open session saves and closes first (LibrarySession.open waits for
    // it), for no two sessions to write its cache at once.
    if (this.#session && IndexCache.dirFor(this.cacheRoot, this.#session.folder) === IndexCache.dirFor(this.cacheRoot, folder)) void this.#session.close();
    const session = await LibrarySession.open(folder, bundled, this.cacheRoot, this.#workers.pool, this.#hooks(token)).catch((error: unknown) => {
      // The library that was open stays open, and keeps its pushes.
      if (this.#token === token) this.#token = previous;
      throw error;
    });
    if (this.#token !== token) {
      void session.close();
      throw new Error('Another folder was opened meanwhile.');
    }
    // Before anything is awaited: a reopened session already compares its folder with the cache, and
    // its changes (files gone, new, changed) must find it the open one, its list in the search index.
    const previousWatcher = this.#watcher;
    // Not waited for: the library just opened is listed while the last one saves what it extracted.
    void this.#session?.close();
    this.#session = session;
    searchOpenedLibrary(this.search, session, IndexCache.searchIndexFileFor(this.cacheRoot, folder));
    await previousWatcher?.close();
    this.#watcher = watchLibrary(
      folder,
      (files) => void session.refresh(files).catch((error: unknown) => console.error('lectern: refreshing the library failed:', error)),
      (present) => this.#token === token && this.#presence(session, present),
      !session.unavailable,
    );
    await this.#watcher.ready;
    return session;
  }

  /** The folder went, or came back: the list stays as it was meanwhile, and the page is told. */
  #presence(session: LibrarySession, present: boolean): void {
    const told = () => this.#changed({ upserted: [], removed: [], bodies: [] });
    if (!present) {
      session.folderGone();
      told();
      return;
    }
    void session
      .folderBack()
      .catch((error: unknown) => console.error('lectern: catching up with the library folder failed:', error))
      .then(() => this.#session === session && told());
  }

  #hooks(token: object) {
    return {
      annotated: (id: string) => hasAnnotations(this.recordOf(id)),
      remembered: (id: string) => this.recordOf(id) !== undefined,
      moveAnnotations: async (fromId: string, to: ArticleMeta) => this.#token === token && this.#move(fromId, to),
      changed: (change: SessionChange) => {
        if (this.#token === token) this.#changed(change);
      },
      progress: (progress: IndexProgress) => {
        if (this.#token === token) this.#progress(progress);
      },
    };
  }

  /**
   * The id `articleId` has now: a renamed file's old id gives the new one, so an edit from a reader
   * still open on the old id (sent before it learnt of the rename) lands with the moved annotations.
   */
  currentId(articleId: string): string {
    let id = articleId;
    // No cycles: an id that becomes current again loses its own entry (see #move and #changed).
    for (let next = this.#movedTo.get(id); next !== undefined; next = this.#movedTo.get(id)) id = next;
    return id;
  }

  /** The view for getLibrary: complete, or (a large library still streaming in, or a reopened one
   * still compared with its cache) what is known so far at once; the rest follows as libraryUpdated
   * pushes, the first of them without delay. */
  async view(session: LibrarySession): Promise<LibraryView> {
    if (!session.streaming && !session.checking) await session.ready;
    return this.viewNow(session);
  }

  /** The view as it stands: a large library's newest articles, the rest kept for getLibraryPart. */
  viewNow(session: LibrarySession): LibraryView {
    return {
      folder: session.folder,
      bundled: session.bundled,
      ...this.listings.cut(session.articles().map((a) => this.#summary(session, a))),
      errors: session.errors(),
      ...(session.unavailable ? { unavailable: true as const } : {}),
      indexing: session.progress,
      revision: this.#revision,
    };
  }

  async close(): Promise<void> {
    this.#token = {};
    // Nothing is pushed once closed (the rest of a change going out in parts included).
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#watcher?.close();
    // Before the pool closes: the run in progress stops after the batches in its workers, and saves.
    await this.#session?.close();
    await Promise.all([this.#workers.close(), this.search.close()]);
  }

  /** True once `fromId`'s record is `to`'s (merged into what `to` already had). */
  async #move(fromId: string, to: ArticleMeta): Promise<boolean> {
    if (!this.annotations) return false;
    try {
      if (!(await this.annotations.moveRecord(fromId, to.id, { file: to.file, title: to.title }))) return false;
    } catch (error) {
      // Not yet on disk, but moved in memory (saved with the next change): the notes are at `to` now.
      console.error('lectern: saving annotations that followed a renamed file failed:', error);
      if (this.recordOf(fromId) !== undefined) return false;
    }
    this.#movedTo.delete(to.id);
    this.#movedTo.set(fromId, to.id);
    this.#moved.push({ from: fromId, to: to.id });
    this.search.annotationsChanged(to.id);
    return true;
  }

  #summary(session: LibrarySession, article: ArticleMeta) {
    const summary = summaryOf(article, this.recordOf(article.id));
    return session.isMissing(article.id) ? { ...summary, missing: true } : summary;
  }

  #changed(change: SessionChange): void {
    this.search.remove(change.removed);
    this.search.upsert(changedDocs(change));
    for (const id of change.removed) {
      this.#upserted.delete(id);
      this.#removed.add(id);
    }
    for (const article of change.upserted) {
      // An article at that id again (its old path is back): the id is its own, not an alias.
      this.#movedTo.delete(article.id);
      this.#removed.delete(article.id);
      this.#upserted.set(article.id, article);
    }
    if (!this.#firstPushed && this.#session && change.upserted.length > 0) {
      this.#firstPushed = true;
      if (this.#timer) clearTimeout(this.#timer);
      this.#flush();
      return;
    }
    this.#timer ??= setTimeout(() => this.#flush(), PUSH_MS);
  }

  #flush(): void {
    this.#timer = null;
    const session = this.#session;
    if (!session) return;
    // A move needs its article in the same delta (an open reader follows it there): with moves
    // pending, everything goes at once.
    const parted = this.#upserted.size > this.maxPushed && this.#moved.length === 0;
    // Taken from the front of the pending ones, not by copying them all for each part.
    const upserted: ArticleSummary[] = [];
    for (const a of this.#upserted.values()) {
      if (parted && upserted.length === this.maxPushed) break;
      upserted.push(this.#summary(session, a));
      this.#upserted.delete(a.id);
    }
    const removed = [...this.#removed];
    const moved = this.#moved;
    this.#removed.clear();
    this.#moved = [];
    // `moved` only when something moved, so deltas stay as they were for older readers of the event.
    this.events.emit('libraryUpdated', { folder: session.folder, upserted, removed, errors: session.errors(), ...(session.unavailable ? { unavailable: true as const } : {}), ...(moved.length > 0 ? { moved } : {}), revision: ++this.#revision });
    if (parted) {
      // The rest in the next interval; progress held meanwhile goes out with the last part.
      this.#timer = setTimeout(() => this.#flush(), PUSH_MS);
      return;
    }
    const held = this.#heldProgress;
    if (held) {
      this.#heldProgress = null;
      this.#lastProgress = performance.now();
      this.events.emit('indexProgress', { ...held, revision: this.#revision });
    }
  }

  #progress(progress: IndexProgress): void {
    const now = performance.now();
    if (progress.state === 'indexing' && now - this.#lastProgress < PUSH_MS) {
      this.#heldProgress = progress;
      return;
    }
    this.#heldProgress = null;
    this.#lastProgress = now;
    // The last articles go out before the run is announced as finished.
    if (progress.state !== 'indexing' && this.#timer) {
      clearTimeout(this.#timer);
      this.#flush();
      // Still going out in parts: announced with the last one.
      if (this.#timer) {
        this.#heldProgress = progress;
        return;
      }
    }
    this.events.emit('indexProgress', { ...progress, revision: this.#revision });
  }
}

export function hasAnnotations(record: ArticleRecord | undefined): boolean {
  return Boolean(record && (record.highlights.length > 0 || (record.note?.text.trim().length ?? 0) > 0));
}
