// Runs in Node. What the open library holds, kept in step with its index cache: each article's
// metadata and where its body lies in the cache, and the files that could not be read. The session
// (library-session.ts) feeds it what the folder check, an extraction run or the watcher found, and it
// turns that into the changes the session's listener gets. Only metadata stays in memory: bodies are
// read from the cache when an article is opened. A renamed file keeps its annotations: see
// rename-matching.ts.
import type { IndexProblem } from '../../common/contract.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ExtractResult } from '../indexer/extract-job.js';
import type { ArticleBody, ArticleMeta, BodyRef, CachedFile, IndexCache } from '../indexer/index-cache.js';
import { bodyFromFile } from './body-from-file.js';
import { LecternError } from './api-error.js';
import { linkDuplicates } from './duplicate-links.js';
import { RenameTracker } from './rename-matching.js';

export interface SessionChange {
  upserted: ArticleMeta[];
  removed: string[];
  /** Where the bodies of the upserted articles that were (re-)extracted lie in the cache's bodies
   * file, for the search worker to read (null: the file is missing, no body). */
  bodies: Array<{ id: string; ref: BodyRef | null }>;
}

/** What the articles ask of the session's listener: the annotations they must not lose, and where changes go. */
export interface ArticleHooks {
  /** Whether the article has notes or highlights worth keeping when its file goes. */
  annotated(articleId: string): boolean;
  /** Whether anything at all is stored for the article (a reading position counts). */
  remembered?(articleId: string): boolean;
  /** Moves what is stored for `fromId` to `to` (its file was renamed), durably; false if nothing moved. */
  moveAnnotations?(fromId: string, to: ArticleMeta): Promise<boolean>;
  changed(change: SessionChange): void;
}

export class LibraryArticles {
  readonly #articles = new Map<string, CachedFile>();
  readonly #errors = new Map<string, string>();
  readonly #folderProblems: IndexProblem[] = [];
  readonly #renames = new RenameTracker();

  constructor(
    private readonly cache: IndexCache,
    private readonly hooks: ArticleHooks,
  ) {}

  list(): ArticleMeta[] {
    const list = [...this.#articles.values()].flatMap((e) => (e.article ? [e.article] : []));
    return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  errors(): IndexProblem[] {
    const list = [...this.#folderProblems, ...[...this.#errors].map(([file, message]) => ({ file, message }))];
    return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** Folders that could not be read (the library's own, if it went during a check): found anew by each check, not cached. */
  addFolderProblems(problems: readonly IndexProblem[]): void {
    this.#folderProblems.push(...problems);
  }

  bodyRef(articleId: string): BodyRef | null {
    return this.#articles.get(articleId)?.body ?? null;
  }

  isMissing(articleId: string): boolean {
    return this.#articles.get(articleId)?.body === null;
  }

  meta(articleId: string): ArticleMeta {
    const article = this.#articles.get(articleId)?.article;
    if (!article) throw new LecternError('not-found', 'That article is not in the open library any more.');
    return article;
  }

  /** The article with its body, read from the cache (empty when the file is missing). */
  article(articleId: string): IndexedArticle {
    const entry = this.#articles.get(articleId);
    if (!entry?.article) throw new LecternError('not-found', 'That article is not in the open library any more.');
    const body = entry.body ? this.#body(entry, entry.body) : { paragraphs: [], comments: [] };
    return { ...entry.article, ...body };
  }

  /**
   * A body from the cache, or, when its line there is damaged (a disk error), extracted from its file
   * again and written to the cache anew: the cache is only a cache, and the article stays readable.
   */
  #body(entry: CachedFile, ref: BodyRef): ArticleBody {
    try {
      return this.cache.readBody(ref);
    } catch (error) {
      console.error(`lectern: the cached text of ${entry.file} is damaged; extracting it again:`, error instanceof Error ? error.message : error);
    }
    const body = bodyFromFile(this.cache.folder, entry.file, entry.hash);
    if (!body) throw new LecternError('io-error', 'The text of this article could not be read: its file has gone or changed since it was indexed, and its copy in the index cache is damaged.');
    const healed: CachedFile = { ...entry, body: this.cache.appendBody(body) };
    this.cache.files.set(entry.file, healed);
    if (entry.article) this.#articles.set(entry.article.id, healed);
    return body;
  }

  /** Every article's body text, for building a search index (one at a time, not all in memory). */
  *bodies(): Generator<{ id: string; text: string; meta: ArticleMeta }> {
    for (const entry of this.#articles.values()) {
      if (!entry.article || !entry.body) continue;
      yield { id: entry.article.id, text: this.cache.readBodyText(entry.body), meta: entry.article };
    }
  }

  /** A missing article's annotations were deleted: it leaves the library. */
  async forget(articleId: string): Promise<void> {
    const entry = this.#articles.get(articleId);
    if (!entry || entry.body !== null) return;
    this.#articles.delete(articleId);
    this.cache.files.delete(entry.file);
    this.hooks.changed({ upserted: [], removed: [articleId], bodies: [] });
    await this.cache.save();
  }

  /** A cached file that is still as it was: its article (or its problem) is listed as the cache has it. */
  keep(entry: CachedFile): void {
    if (entry.article) this.#articles.set(entry.article.id, entry);
    else if (entry.problem) this.#errors.set(entry.file, entry.problem);
  }

  /** A file that is no longer there: dropped, unless its article has annotations (then "file missing"). */
  gone(entry: CachedFile, notify: boolean): void {
    this.#errors.delete(entry.file);
    const article = entry.article;
    if (article && this.hooks.annotated(article.id)) {
      // Size -1 never matches a real file, so the file's return is always read again. The hash and
      // signature stay: they recognise the file under another name, as it was or edited a little.
      const missing: CachedFile = { ...entry, article: { ...article, duplicateOf: null }, body: null, size: -1, mtimeMs: -1 };
      this.cache.files.set(entry.file, missing);
      this.#articles.set(article.id, missing);
      if (notify) this.hooks.changed({ upserted: [missing.article as ArticleMeta], removed: [], bodies: [{ id: article.id, ref: null }] });
      return;
    }
    this.cache.files.delete(entry.file);
    // (An entry already missing, size -1, was lost before: it is not lost again.)
    if (article && entry.size !== -1 && this.hooks.remembered?.(article.id)) this.#renames.vanished(article, entry.signature, entry.hash);
    if (article && this.#articles.delete(article.id) && notify) this.hooks.changed({ upserted: [], removed: [article.id], bodies: [] });
  }

  /** Takes in a batch of extraction results (bodies appended to the cache); returns the change, for the listener. */
  apply(results: readonly ExtractResult[]): SessionChange {
    const change: SessionChange = { upserted: [], removed: [], bodies: [] };
    // The batch's bodies written together, then handed out in order.
    const lines: Uint8Array[] = [];
    for (const result of results) if (result.kind === 'article-line') lines.push(result.bodyLine);
    const written = this.cache.appendBodyLines(lines);
    let nextWritten = 0;
    for (const result of results) {
      const previous = this.cache.files.get(result.file);
      const previousId = previous?.article?.id;
      this.#errors.delete(result.file);
      if (result.kind === 'unchanged' && previous && (previous.body || previous.problem)) {
        const entry = { ...previous, size: result.stamp.size, mtimeMs: result.stamp.mtimeMs };
        this.cache.files.set(result.file, entry);
        this.keep(entry);
        if (entry.article) change.upserted.push(entry.article);
        continue;
      }
      if (result.kind === 'article' || result.kind === 'article-line') {
        let meta: ArticleMeta;
        let body: BodyRef;
        if (result.kind === 'article-line') {
          meta = result.article;
          body = written[nextWritten++] ?? this.cache.appendBodyLine(result.bodyLine);
        } else {
          const { paragraphs, comments, ...rest } = result.article;
          meta = rest;
          body = this.cache.appendBody({ paragraphs, comments });
        }
        const article: ArticleMeta = { ...meta, duplicateOf: previous?.article?.duplicateOf ?? null };
        const entry: CachedFile = { file: result.file, size: result.stamp.size, mtimeMs: result.stamp.mtimeMs, hash: result.hash, article, problem: null, signature: result.signature, body };
        this.cache.files.set(result.file, entry);
        this.#articles.set(article.id, entry);
        if (!previous?.article) this.#renames.appeared(article.id);
        change.upserted.push(article);
        change.bodies.push({ id: article.id, ref: body });
        continue;
      }
      const message = result.kind === 'problem' ? result.message : 'The file changed while it was read.';
      this.cache.files.set(result.file, { file: result.file, size: result.stamp?.size ?? -1, mtimeMs: result.stamp?.mtimeMs ?? -1, hash: result.hash, article: null, problem: message, signature: null, body: null });
      this.#errors.set(result.file, message);
      if (previousId && this.#articles.delete(previousId)) change.removed.push(previousId);
    }
    return change;
  }

  /** Links syndicated copies to their original, once every signature is known; returns the articles whose link changed. */
  async linkDuplicates(): Promise<ArticleMeta[]> {
    const relinked = await linkDuplicates(this.#articles.values());
    // Their entries were given the new link in place: set again, for the cache to save them.
    for (const article of relinked) {
      const entry = this.#articles.get(article.id);
      if (entry && this.cache.files.get(entry.file) === entry) this.cache.files.set(entry.file, entry);
    }
    return relinked;
  }

  /**
   * Whether a copy's original left the library or went missing (no body: nothing to compare). Its
   * copies are then linked again (see LibrarySession), to another copy of the story or to none:
   * otherwise they point at nothing, and drop out of the Timeline, which lists originals.
   */
  hasOrphanedCopies(): boolean {
    for (const entry of this.#articles.values()) {
      const original = entry.body ? entry.article?.duplicateOf : null;
      if (original && !this.#articles.get(original)?.body) return true;
    }
    return false;
  }

  /**
   * Articles whose file was renamed or moved: their annotations go to the article at the new path,
   * and the old "file missing" entry leaves. Runs after each change to the folder.
   */
  async followRenames(): Promise<void> {
    if (!this.hooks.moveAnnotations) return;
    const change: SessionChange = { upserted: [], removed: [], bodies: [] };
    for (const pair of this.#renames.pairs(this.#articles)) {
      const target = this.#articles.get(pair.to)?.article;
      if (!target || !(await this.hooks.moveAnnotations(pair.from, target))) continue;
      this.#renames.followed(pair);
      const old = this.#articles.get(pair.from);
      if (old && !old.body) {
        this.#articles.delete(pair.from);
        if (this.cache.files.get(old.file) === old) this.cache.files.delete(old.file);
        change.removed.push(pair.from);
      }
      change.upserted.push(target);
    }
    if (change.upserted.length > 0) this.hooks.changed(change);
  }
}
