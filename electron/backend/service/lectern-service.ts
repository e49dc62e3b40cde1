// Runs in Node. The backend's implementation of the API contract, shared by every host.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  AddHighlightInput,
  AppInfo,
  ArticleView,
  ExportResult,
  HighlightView,
  LecternApi,
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
import { describeRange } from '../anchoring/describe-range.js';
import { exportAllNotes, writeMarkdownFile } from '../export/export-all.js';
import { renderArticleMarkdown, type ExportHighlight } from '../export/markdown.js';
import { bodyText, type IndexedArticle } from '../indexer/article.js';
import { readOriginal } from '../indexer/original.js';
import type { AnnotationStore } from '../store/annotation-store.js';
import { LecternError } from './api-error.js';
import type { BackendOptions } from './backend-options.js';
import type { EventHub } from './events.js';
import { LibrarySearch } from '../search/library-search.js';
import { LibrarySession } from './library-session.js';
import { RemovedHighlights } from './removed-highlights.js';
import { articleViewOf, highlightViewOf, libraryViewOf, placeHighlights } from './views.js';

export class LecternService implements LecternApi {
  #session: LibrarySession | null = null;
  /** Opening a library takes a while; concurrent callers share one indexing run. */
  #opening: Promise<LibrarySession> | null = null;
  readonly #warnings: string[];
  /** Highlights removed in this session, so undo can put them back exactly (id, note, anchor). */
  readonly #removed = new RemovedHighlights();
  readonly #search = new LibrarySearch((id) => this.store.record(id));

  constructor(
    private readonly options: BackendOptions,
    private readonly store: AnnotationStore,
    private readonly events: EventHub,
  ) {
    this.#warnings = [...store.warnings];
  }

  async getAppInfo(): Promise<AppInfo> {
    await this.#currentSession();
    return {
      mode: this.options.mode,
      version: this.options.version,
      dataFile: this.store.file,
      warnings: this.#warnings,
      preferences: this.store.settings().reader,
    };
  }

  async getLibrary(): Promise<LibraryView> {
    return this.#libraryView(await this.#currentSession());
  }

  async openLibrary(folder: string): Promise<LibraryView> {
    const resolved = path.resolve(folder);
    const session = await LibrarySession.open(resolved, false);
    this.#session = session;
    await this.store.updateSettings({ libraryFolder: resolved });
    const view = this.#libraryView(session);
    this.events.emit('libraryChanged', view);
    return view;
  }

  async getOriginal(articleId: string): Promise<OriginalView> {
    const session = await this.#currentSession();
    const article = session.article(articleId);
    try {
      return await readOriginal(session.folder, article);
    } catch (error) {
      throw new LecternError('io-error', error instanceof Error ? error.message : String(error));
    }
  }

  async getArticle(articleId: string): Promise<ArticleView> {
    const article = (await this.#currentSession()).article(articleId);
    return articleViewOf(article, this.store.record(articleId));
  }

  async addHighlight(input: AddHighlightInput): Promise<HighlightView> {
    const article = (await this.#currentSession()).article(input.articleId);
    const text = bodyText(article.paragraphs);
    if (input.end > text.length) throw new LecternError('invalid-argument', 'The selection lies outside the article text.');
    // A drag often catches the spaces around words; the highlight is the words themselves.
    const raw = text.slice(input.start, input.end);
    const start = input.start + (raw.length - raw.trimStart().length);
    const end = input.end - (raw.length - raw.trimEnd().length);
    if (end <= start) throw new LecternError('invalid-argument', 'Select some words to highlight.');
    const quote = text.slice(start, end);
    const selectors = describeRange(text, start, end);
    const createdAt = new Date().toISOString();
    const highlight = {
      id: randomUUID(),
      color: input.color ?? 'yellow',
      createdAt,
      updatedAt: createdAt,
      note: '',
      target: { fingerprint: article.fingerprint, ...selectors },
    } as const;
    await this.store.addHighlight(article.id, metaOf(article), highlight);
    this.#search.annotationsChanged(article.id);
    return { id: highlight.id, start, end, quote, color: highlight.color, createdAt, updatedAt: createdAt, note: '' };
  }

  async removeHighlight(articleId: string, highlightId: string): Promise<void> {
    const stored = this.store.record(articleId)?.highlights.find((h) => h.id === highlightId);
    const removed = await this.store.removeHighlight(articleId, highlightId);
    this.#search.annotationsChanged(articleId);
    if (!removed || !stored) throw new LecternError('not-found', 'That highlight no longer exists.');
    this.#removed.remember(articleId, stored);
  }

  async updateHighlight(articleId: string, highlightId: string, patch: HighlightPatch): Promise<HighlightView> {
    const article = (await this.#currentSession()).article(articleId);
    const updated = await this.store.updateHighlight(article.id, highlightId, patch);
    if (!updated) throw new LecternError('not-found', 'That highlight no longer exists.');
    this.#search.annotationsChanged(article.id);
    return highlightViewOf(bodyText(article.paragraphs), updated);
  }

  async restoreHighlight(articleId: string, highlightId: string): Promise<HighlightView> {
    const article = (await this.#currentSession()).article(articleId);
    const stored = this.#removed.take(article.id, highlightId);
    if (!stored) throw new LecternError('not-found', 'That highlight can no longer be restored.');
    await this.store.restoreHighlight(article.id, metaOf(article), stored);
    this.#search.annotationsChanged(article.id);
    return highlightViewOf(bodyText(article.paragraphs), stored);
  }

  async saveNote(articleId: string, text: string): Promise<NoteView> {
    const article = (await this.#currentSession()).article(articleId);
    const note = await this.store.saveNote(article.id, metaOf(article), text);
    this.#search.annotationsChanged(article.id);
    return { text: note.text, updatedAt: note.updatedAt };
  }

  async renderArticleMarkdown(articleId: string): Promise<MarkdownDocument> {
    const article = (await this.#currentSession()).article(articleId);
    const record = this.store.record(articleId);
    return renderArticleMarkdown(article, record, exportHighlightsOf(article, record), new Date());
  }

  async exportArticle(articleId: string, file: string): Promise<ExportResult> {
    const target = path.resolve(file.endsWith('.md') ? file : `${file}.md`);
    const { markdown } = await this.renderArticleMarkdown(articleId);
    await writeMarkdownFile(target, markdown);
    return { files: [target] };
  }

  async exportAll(folder: string): Promise<ExportResult> {
    const session = await this.#currentSession();
    const items = session.index.articles.flatMap((article) => {
      const record = this.store.record(article.id);
      return record ? [{ article, record, highlights: exportHighlightsOf(article, record) }] : [];
    });
    return { files: await exportAllNotes(path.resolve(folder), items, new Date()) };
  }

  async savePreferences(preferences: ReaderPreferences): Promise<void> {
    await this.store.updateSettings({ reader: preferences });
  }

  async saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void> {
    const article = (await this.#currentSession()).article(articleId);
    await this.store.saveReadingPosition(article.id, metaOf(article), position);
  }

  async search(query: string): Promise<SearchHit[]> {
    const session = await this.#currentSession();
    this.#search.libraryOpened(session.index);
    return this.#search.search(query);
  }

  async choosePath(request: PathRequest): Promise<string | null> {
    if (!this.options.choosePath) {
      throw new LecternError('unsupported', 'Native file choosers exist only in the desktop app.');
    }
    return this.options.choosePath(request);
  }

  #libraryView(session: LibrarySession): LibraryView {
    return libraryViewOf(session, (id) => this.store.record(id));
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
        this.#session = await LibrarySession.open(path.resolve(chosen), false);
        return this.#session;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#warnings.push(`The library folder ${chosen} could not be opened (${reason}); showing the bundled library instead.`);
      }
    }
    this.#session = await LibrarySession.open(bundledLibrary, true);
    return this.#session;
  }
}

function metaOf(article: IndexedArticle): { file: string; title: string | null } {
  return { file: article.file, title: article.title };
}

function exportHighlightsOf(article: IndexedArticle, record: Parameters<typeof placeHighlights>[1]): ExportHighlight[] {
  return placeHighlights(article, record).map(({ id, quote, color, start, note }) => ({ id, quote, color, start, note }));
}
