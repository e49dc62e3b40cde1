// Runs in Node. The backend's implementation of the API contract, shared by every host.
import path from 'node:path';
import type {
  AddHighlightInput,
  AppInfo,
  ArticleView,
  BackupDocument,
  ExportRequest,
  RestoreResult,
  ExportResult,
  HighlightView,
  LecternApi,
  LibraryPart,
  LibraryView,
  HighlightPatch,
  MarkdownDocument,
  NoteView,
  OriginalView,
  PathRequest,
  ReaderPreferences,
  ReadingPosition,
  SearchHit,
} from '../../common/contract.js';
import { backupTo, createBackup, readBackupFile, restoreBackup } from './backup-service.js';
import { exportArticleTo, exportNotes, rememberedExportOptions, renderArticle } from './export-service.js';
import { bodyText, type IndexedArticle } from '../indexer/article.js';
import { readOriginal } from '../indexer/original.js';
import type { AnnotationStore } from '../store/annotation-store.js';
import { LecternError } from './api-error.js';
import type { BackendOptions } from './backend-options.js';
import type { EventHub } from './events.js';
import { foldCopies } from './fold-copies.js';
import { LibraryHost } from './library-host.js';
import type { LibrarySession } from './library-session.js';
import { newHighlight } from './new-highlight.js';
import { RemovedHighlights } from './removed-highlights.js';
import { articleViewOf, highlightViewOf } from './views.js';

export class LecternService implements LecternApi {
  #session: LibrarySession | null = null;
  /** Opening a library takes a while; concurrent callers share one indexing run. */
  #opening: Promise<LibrarySession> | null = null;
  readonly #warnings: string[];
  /** Highlights removed in this session, so undo can put them back exactly (id, note, anchor). */
  readonly #removed = new RemovedHighlights();
  /** The open library's index, search, watcher and pushes to the renderer. */
  readonly #host: LibraryHost;

  constructor(
    private readonly options: BackendOptions,
    private readonly store: AnnotationStore,
    private readonly events: EventHub,
  ) {
    this.#warnings = [...store.warnings];
    this.#host = new LibraryHost(path.join(options.dataDir, 'index-cache'), (id) => this.store.record(id), events, this.store);
  }

  /** Opens the library in the background (a failure is reported to the first call that needs it). */
  startOpeningLibrary(): void {
    this.#currentSession().catch(() => undefined);
  }

  get #search() {
    return this.#host.search;
  }

  async getAppInfo(): Promise<AppInfo> {
    await this.#currentSession();
    return {
      mode: this.options.mode,
      version: this.options.version,
      dataFile: this.store.file,
      warnings: this.#warnings,
      preferences: this.store.settings().reader,
      exportOptions: rememberedExportOptions(this.store),
      exportFolder: this.store.settings().export.folder,
    };
  }

  async getLibrary(): Promise<LibraryView> {
    return this.#host.view(await this.#currentSession());
  }

  async getLibraryPart(listing: string, from: number): Promise<LibraryPart> {
    return this.#host.listings.part(listing, from);
  }

  async openLibrary(folder: string): Promise<LibraryView> {
    const resolved = path.resolve(folder);
    const session = await this.#host.open(resolved, false);
    this.#session = session;
    await this.store.updateSettings({ libraryFolder: resolved });
    const view = await this.#host.view(session);
    this.events.emit('libraryChanged', view);
    return view;
  }

  async getOriginal(articleId: string): Promise<OriginalView> {
    const session = await this.#settledSession();
    const article = session.article(articleId);
    if (session.unavailable) throw new LecternError('io-error', `The library folder is not available (${session.folder}), so the original file cannot be read; the article is shown as it was indexed.`);
    try {
      return await readOriginal(session.folder, article);
    } catch (error) {
      throw new LecternError('io-error', error instanceof Error ? error.message : String(error));
    }
  }

  /** The article an edit is for: one whose file was renamed is reached by its old id too (see LibraryHost.currentId). */
  async #articleToEdit(articleId: string): Promise<IndexedArticle> {
    const session = await this.#settledSession();
    return session.article(this.#host.currentId(articleId));
  }

  async getArticle(articleId: string): Promise<ArticleView> {
    const article = (await this.#settledSession()).article(articleId);
    return articleViewOf(article, this.store.record(articleId));
  }

  async addHighlight(input: AddHighlightInput): Promise<HighlightView> {
    // Not by a renamed file's old id: offsets in the old text need not fit the new one (edited on the way).
    const article = (await this.#settledSession()).article(input.articleId);
    const { highlight, view } = newHighlight(article, input);
    await this.store.addHighlight(article.id, metaOf(article), highlight);
    this.#search.annotationsChanged(article.id);
    return view;
  }

  async removeHighlight(oldOrCurrentId: string, highlightId: string): Promise<void> {
    const articleId = this.#host.currentId(oldOrCurrentId);
    const stored = this.store.record(articleId)?.highlights.find((h) => h.id === highlightId);
    const removed = await this.store.removeHighlight(articleId, highlightId);
    this.#search.annotationsChanged(articleId);
    if (!removed || !stored) throw new LecternError('not-found', 'That highlight no longer exists.');
    this.#removed.remember(articleId, stored);
  }

  async updateHighlight(articleId: string, highlightId: string, patch: HighlightPatch): Promise<HighlightView> {
    const article = await this.#articleToEdit(articleId);
    const updated = await this.store.updateHighlight(article.id, highlightId, patch);
    if (!updated) throw new LecternError('not-found', 'That highlight no longer exists.');
    this.#search.annotationsChanged(article.id);
    return highlightViewOf(bodyText(article.paragraphs), updated);
  }

  async restoreHighlight(articleId: string, highlightId: string): Promise<HighlightView> {
    const article = await this.#articleToEdit(articleId);
    const stored = this.#removed.take(article.id, highlightId);
    if (!stored) throw new LecternError('not-found', 'That highlight can no longer be restored.');
    await this.store.restoreHighlight(article.id, metaOf(article), stored);
    this.#search.annotationsChanged(article.id);
    return highlightViewOf(bodyText(article.paragraphs), stored);
  }

  async saveNote(articleId: string, text: string): Promise<NoteView> {
    const article = await this.#articleToEdit(articleId);
    const note = await this.store.saveNote(article.id, metaOf(article), text);
    this.#search.annotationsChanged(article.id);
    return { text: note.text, updatedAt: note.updatedAt };
  }

  async renderArticleMarkdown(articleId: string): Promise<MarkdownDocument> {
    const { fileName, markdown } = renderArticle(await this.#settledSession(), this.store, articleId);
    return { fileName, markdown };
  }

  async exportArticle(articleId: string, file: string): Promise<ExportResult> {
    return exportArticleTo(await this.#settledSession(), this.store, articleId, file);
  }

  async exportAll(folder: string): Promise<ExportResult> {
    return this.exportNotes({ folder, articleIds: null, options: rememberedExportOptions(this.store) });
  }

  async exportNotes(request: ExportRequest): Promise<ExportResult> {
    return exportNotes(await this.#settledSession(), this.store, request);
  }

  async createBackup(): Promise<BackupDocument> {
    await this.store.flush();
    return createBackup(this.store, this.options.version);
  }

  async backupTo(file: string): Promise<ExportResult> {
    await this.store.flush();
    return { files: [await backupTo(this.store, this.options.version, file)] };
  }

  async restoreBackup(json: string, source: string): Promise<RestoreResult> {
    const result = await restoreBackup(this.store, json, source || 'a backup');
    for (const articleId of this.store.allRecords().keys()) this.#search.annotationsChanged(articleId);
    if (this.#session) this.events.emit('libraryChanged', this.#libraryView(this.#session));
    return result;
  }

  async restoreBackupFile(file: string): Promise<RestoreResult> {
    return this.restoreBackup(await readBackupFile(file), path.basename(file));
  }

  async savePreferences(preferences: ReaderPreferences): Promise<void> {
    await this.store.updateSettings({ reader: preferences });
  }

  async saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void> {
    const article = (await this.#currentSession()).meta(this.#host.currentId(articleId));
    await this.store.saveReadingPosition(article.id, metaOf(article), position);
  }

  async search(query: string): Promise<SearchHit[]> {
    const session = await this.#currentSession();
    const hits = await this.#search.search(query);
    return foldCopies(hits, (id) => {
      try {
        return session.meta(id).duplicateOf ?? id;
      } catch {
        return null; // gone since the search index was asked
      }
    });
  }

  async prepareToIndex(): Promise<void> {
    await this.#host.prepareToIndex(this.options.bundledLibrary);
  }

  async cancelIndexing(): Promise<void> {
    this.#session?.cancel();
  }

  async resumeIndexing(): Promise<void> {
    await this.#session?.resume();
  }

  async forgetArticle(articleId: string): Promise<void> {
    const session = await this.#settledSession();
    if (!session.isMissing(articleId)) throw new LecternError('invalid-argument', 'Only an article whose file is missing can be deleted here.');
    for (const highlight of this.store.record(articleId)?.highlights ?? []) await this.store.removeHighlight(articleId, highlight.id);
    if (this.store.record(articleId)?.note) await this.store.saveNote(articleId, metaOf(session.meta(articleId)), '');
    this.#search.annotationsChanged(articleId);
    await session.forget(articleId);
  }

  async close(): Promise<void> {
    await this.#host.close();
  }

  async choosePath(request: PathRequest): Promise<string | null> {
    if (!this.options.choosePath) {
      throw new LecternError('unsupported', 'Native file choosers exist only in the desktop app.');
    }
    return this.options.choosePath(request);
  }

  #libraryView(session: LibrarySession): LibraryView {
    return this.#host.viewNow(session);
  }

  /**
   * The open library, its articles as they are on disk: reopened, it lists what its cache knew at
   * once, but an article read, edited or exported waits until the folder has been compared with
   * the cache (a quarter of a second at 10,000 files) and a few changed files re-extracted.
   */
  async #settledSession(): Promise<LibrarySession> {
    const session = await this.#currentSession();
    await session.settled();
    return session;
  }

  /** The open library: --library, else the remembered folder, else the bundled one. */
  #currentSession(): Promise<LibrarySession> {
    if (this.#session) return Promise.resolve(this.#session);
    this.#opening ??= this.#openInitialLibrary().finally(() => {
      this.#opening = null;
    });
    return this.#opening;
  }

  async #openInitialLibrary(): Promise<LibrarySession> {
    const { libraryOverride, bundledLibrary } = this.options;
    const remembered = this.store.settings().libraryFolder;
    const chosen = libraryOverride ?? remembered;
    if (chosen) {
      try {
        this.#session = await this.#host.open(path.resolve(chosen), false);
        return this.#session;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#warnings.push(`The library folder ${chosen} could not be opened (${reason}); showing the bundled library instead.`);
      }
    }
    this.#session = await this.#host.open(bundledLibrary, true);
    return this.#session;
  }
}

function metaOf(article: { file: string; title: string | null }): { file: string; title: string | null } {
  return { file: article.file, title: article.title };
}
