// Runs in Node. The library that is open right now. It shows what the index cache already knows at
// once, then extracts new and changed files (a worker pool for many, inline for a few), streaming
// each batch to its listener with progress; the file watcher feeds single changes through the same
// path. What the library holds, and how each change alters it, is library-articles.ts. A folder that
// goes away (its drive unplugged) keeps its list, read from the cache, until it is back.
import { stat } from 'node:fs/promises';
import type { IndexProblem, IndexProgress } from '../../common/contract.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ExtractResult, ExtractTask } from '../indexer/extract-job.js';
import { IndexCache, type ArticleMeta, type BodyRef } from '../indexer/index-cache.js';
import { folderError } from '../indexer/index-library.js';
import { LecternError } from './api-error.js';
import { extractFiles, tasksUsePool, type ExtractPool } from './extract-files.js';
import { LibraryArticles } from './library-articles.js';
import { RunProgress } from './run-progress.js';
import { planRefresh } from './refresh-plan.js';
import { followRenames, linkCopies, relinkOrphans } from './run-links.js';
import { releaseAfter, untilReleased } from './cache-handover.js';
import { checkFolder } from './folder-check.js';
import { FIRST_CHECKPOINT_MS, checkpointEvery } from './run-checkpoints.js';
import { LIST_FROM_CACHE_ABOVE, type SessionHooks, type SessionTuning } from './session-options.js';

export type { ExtractPool } from './extract-files.js';
export type { SessionChange } from './library-articles.js';
export type { SessionHooks, SessionTuning } from './session-options.js';

export class LibrarySession {
  readonly #articles: LibraryArticles;
  readonly #runs: RunProgress;
  #cancelled = false;
  /** Whether the current run uses the worker pool (a large one) rather than extracting inline. */
  #pooled = false;
  /** Closed: a run still finishing moves no annotations. */
  #closed = false;
  #closing: Promise<void> | null = null;
  #resuming: Promise<void> | null = null;
  #checking = false;
  #unavailable = false;
  #checkpointMs = FIRST_CHECKPOINT_MS;
  /** Settles once a reopened library's folder has been compared with its cache and its run started. */
  #checked: Promise<void> = Promise.resolve();
  /** Settles when the current run has read every file (or was cancelled). */
  ready: Promise<void> = Promise.resolve();

  private constructor(
    readonly folder: string,
    readonly bundled: boolean,
    private readonly cache: IndexCache,
    private readonly pool: ExtractPool,
    private readonly hooks: SessionHooks,
  ) {
    this.#articles = new LibraryArticles(cache, hooks);
    this.#runs = new RunProgress(folder, (progress) => hooks.progress(progress));
  }

  /**
   * Opens `folder`: throws (not-found) when it cannot be read. What the index cache knows is listed
   * at once; the folder is then compared with it (listed, every file stat'ed: a quarter of a second
   * at 10,000 files, seconds at 100,000) and what went, changed or came follows as changes, as the
   * folder watcher's do. A small library (`tuning.listFromCacheAbove` files or fewer, checked in a few
   * milliseconds) and a first open, with nothing cached, are checked before `open` returns.
   */
  static async open(folder: string, bundled: boolean, cacheRoot: string, pool: ExtractPool, hooks: SessionHooks, tuning: SessionTuning = {}): Promise<LibrarySession> {
    const missing = await stat(folder).then(
      () => null,
      (error: unknown) => new LecternError('not-found', folderError(folder, error).message),
    );
    // A folder that cannot be read leaves no cache behind; one indexed before is opened unavailable.
    if (missing) return LibrarySession.#openUnavailable(folder, bundled, cacheRoot, pool, hooks, missing);
    await untilReleased(IndexCache.dirFor(cacheRoot, folder));
    const cache = await IndexCache.open(cacheRoot, folder);
    const session = new LibrarySession(folder, bundled, cache, pool, hooks);
    session.#checkpointMs = tuning.checkpointMs ?? FIRST_CHECKPOINT_MS;
    // The signatures are read once the caller has its session (and the page its list): a change
    // to the folder soon after finds them read, and the list did not wait for them.
    setImmediate(() => void cache.signaturesRead);
    if (cache.files.size > (tuning.listFromCacheAbove ?? LIST_FROM_CACHE_ABOVE)) {
      for (const entry of cache.files.values()) session.#articles.keep(entry);
      session.#checking = true;
      // Run is wrapped, so that `started` settles once the run has started, not once it has ended.
      const started = session.#check(true).then(
        // Closed meanwhile (another library was opened): nothing is extracted.
        (plan) => ({ run: session.#closed ? Promise.resolve() : session.#run(plan.work, plan.done) }),
        // The folder was readable a moment ago: a failure now (it was removed, say) keeps the list.
        (error: unknown) => {
          session.#articles.addFolderProblems([{ file: '.', message: error instanceof Error ? error.message : String(error) }]);
          return { run: Promise.resolve() };
        },
      );
      // A large run is `streaming` once started, and not waited for.
      session.#checked = started.then(() => void (session.#checking = false));
      session.ready = started.then(({ run }) => run);
      return session;
    }
    try {
      const plan = await session.#check(false);
      session.ready = session.#run(plan.work, plan.done);
    } catch (error) {
      cache.close();
      throw new LecternError('not-found', error instanceof Error ? error.message : String(error));
    }
    return session;
  }

  /**
   * A folder that is not there now (its drive unplugged, say) but was indexed: its articles as the
   * cache holds them, readable, until the folder is back (see folderBack). Otherwise `missing`.
   */
  static async #openUnavailable(folder: string, bundled: boolean, cacheRoot: string, pool: ExtractPool, hooks: SessionHooks, missing: Error): Promise<LibrarySession> {
    await untilReleased(IndexCache.dirFor(cacheRoot, folder));
    if (!IndexCache.saved(cacheRoot, folder)) throw missing;
    const cache = await IndexCache.open(cacheRoot, folder);
    if (cache.files.size === 0) {
      cache.close();
      throw missing;
    }
    const session = new LibrarySession(folder, bundled, cache, pool, hooks);
    for (const entry of cache.files.values()) session.#articles.keep(entry);
    session.#unavailable = true;
    return session;
  }

  /** True while the folder cannot be reached: the list is the cache's, and stays as it is. */
  get unavailable(): boolean {
    return this.#unavailable;
  }

  /** The folder went (the watcher says): what it held stays listed, and the run in progress stops. */
  folderGone(): void {
    this.#unavailable = true;
    this.cancel();
  }

  /** The folder is back: it is compared with the cache, as on a reopen, and what changed meanwhile follows. */
  async folderBack(): Promise<void> {
    await this.ready;
    if (!this.#unavailable || this.#closed) return;
    this.#unavailable = false;
    await this.#checkAgain();
    await this.ready;
  }

  /** The folder compared with the cache again (its list shown), and what the cache lacks extracted. */
  async #checkAgain(): Promise<void> {
    const plan = await this.#check(true);
    if (!this.#closed) this.ready = this.#run(plan.work, plan.done);
  }

  /** The folder compared with the cache (folder-check.ts): what went leaves, what is new is the work. */
  #check(listed: boolean): Promise<{ work: ExtractTask[]; done: number }> {
    return checkFolder(this.folder, this.cache, this.pool, this.#articles, listed);
  }

  /** True while a reopened library's folder is compared with its cache (its list is the cache's). */
  get checking(): boolean {
    return this.#checking;
  }

  /**
   * Settles when the articles are as they are on disk, as far as waiting is worth it: the folder
   * compared with the cache and a small run (a few changed files) done. A large run streaming
   * through the pool is not waited for: its articles arrive as they are extracted.
   */
  async settled(): Promise<void> {
    await this.#checked;
    if (!this.streaming) await this.ready;
  }

  /** True while a large run streams in through the pool (a small one is simply awaited). */
  get streaming(): boolean {
    return this.#pooled && this.#runs.current.state === 'indexing';
  }

  get progress(): IndexProgress {
    return this.#runs.current;
  }

  articles(): ArticleMeta[] {
    return this.#articles.list();
  }

  errors(): IndexProblem[] {
    return this.#articles.errors();
  }

  bodyRef(articleId: string): BodyRef | null {
    return this.#articles.bodyRef(articleId);
  }

  isMissing(articleId: string): boolean {
    return this.#articles.isMissing(articleId);
  }

  meta(articleId: string): ArticleMeta {
    return this.#articles.meta(articleId);
  }

  /** The article with its body, read from the cache (empty when the file is missing). */
  article(articleId: string): IndexedArticle {
    return this.#articles.article(articleId);
  }

  /** Every article's body text, for building a search index (one at a time, not all in memory). */
  bodies(): Generator<{ id: string; text: string; meta: ArticleMeta }> {
    return this.#articles.bodies();
  }

  cancel(): void {
    if (this.#runs.current.state !== 'indexing') return;
    this.#cancelled = true;
    // This library's batches alone: the pool may hold the next one's already (another folder opened).
    this.pool.cancelQueued(this);
  }

  /**
   * Goes on with a cancelled run: once it has stopped (and saved what it extracted), the folder is
   * compared with the cache again and the files not yet extracted follow. Resolves when the new run
   * has started; does nothing unless the last run was cancelled.
   */
  resume(): Promise<void> {
    this.#resuming ??= this.#resumeAfterStop().finally(() => (this.#resuming = null));
    return this.#resuming;
  }

  async #resumeAfterStop(): Promise<void> {
    await this.ready;
    if (!this.#closed && !this.#unavailable && this.#runs.current.state === 'cancelled') await this.#checkAgain();
  }

  /** A missing article's annotations were deleted: it leaves the library. */
  forget(articleId: string): Promise<void> {
    return this.#articles.forget(articleId);
  }

  /** Files the watcher saw added, changed or removed ("/"-separated, relative to the folder). */
  async refresh(paths: readonly string[]): Promise<void> {
    await this.ready;
    await this.cache.signaturesRead;
    const plan = await planRefresh(this.folder, this.cache, paths, () => this.#unavailable || this.#closed);
    if (!plan) return;
    // Unless another refresh meanwhile found it back (its entry then replaced) or gone already.
    for (const entry of plan.gone) if (this.cache.files.get(entry.file) === entry && entry.size !== -1) this.#articles.gone(entry, true);
    // Only files went: one may be the old half of a move whose new half was already indexed.
    this.ready = plan.work.length > 0 ? this.#run(plan.work, 0, true) : relinkOrphans(this.#articles, this.cache, this.hooks).then(() => followRenames(this.#articles, this.#closed)).then(() => this.cache.save());
    await this.ready;
  }

  /**
   * Stops the run in progress and closes the index cache once what it already extracted is saved (a
   * run saves as it stops): quitting half way through a first index (half a minute at 100,000 files)
   * keeps the half done, and the next open extracts only the rest. Never rejects.
   */
  close(): Promise<void> {
    if (!this.#closing) {
      this.#closed = true;
      this.cancel();
      this.#closing = releaseAfter(this.cache.dir, this.ready, () => this.cache.close());
    }
    return this.#closing;
  }

  /** `changesOnly`: the files the watcher reported, not the whole folder compared with the cache. */
  async #run(work: ExtractTask[], alreadyDone: number, changesOnly = false): Promise<void> {
    this.#cancelled = false;
    this.#pooled = tasksUsePool(work);
    const progress = this.#runs.start(alreadyDone, work.length);
    let extracted = 0;
    const report = (state: IndexProgress['state']) => progress(extracted, state);
    if (work.length === 0) {
      report('done');
      this.#runs.ended(changesOnly);
      return relinkOrphans(this.#articles, this.cache, this.hooks);
    }
    report('indexing');
    // Entries are copied as results come in (a touched file keeps its article): with their signatures.
    await this.cache.signaturesRead;
    const accept = (results: ExtractResult[]) => {
      extracted += results.length;
      this.hooks.changed(this.#articles.apply(results));
      report('indexing');
    };
    const stopCheckpoints = this.#pooled ? checkpointEvery(this.cache, this.#checkpointMs) : () => undefined;
    await extractFiles(
      work.map((task) => ({ ...task, bodyAsLine: true })),
      this.pool,
      accept,
      () => this.#cancelled,
      this,
    );
    stopCheckpoints();
    // Syndicated copies are linked once every signature is known.
    await linkCopies(this.#articles, this.hooks);
    await followRenames(this.#articles, this.#closed);
    report(this.#cancelled ? 'cancelled' : 'done');
    // The watcher's changes extracted after a cancel do not hide the files the cancel left unread.
    this.#runs.ended(changesOnly);
    await this.cache.save();
  }
}
