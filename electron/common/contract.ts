// Runs anywhere (Node backend, Electron preload, browser renderer): types only, plus the method list.
//
// The one API contract between the renderer and the backend. Both transports (Electron IPC and
// browser-mode HTTP) carry exactly these methods and events; the renderer imports nothing else.

import type { AppCommand, AppInfo, BackupDocument, DeepLinkTarget, ExportRequest, ExportResult, MarkdownDocument, PathRequest, RestoreResult } from './contract/app.js';
import type { IndexProgress, LibraryDelta, LibraryPart, LibraryView, OriginalView, SearchHit } from './contract/library.js';
import type { AddHighlightInput, ArticleView, HighlightPatch, HighlightView, NoteView, ReaderPreferences, ReadingPosition } from './contract/reading.js';

// The data the methods carry, in modules of their own by subject.
export type * from './contract/app.js';
export type * from './contract/library.js';
export type * from './contract/reading.js';

/** Outcome of a call as it travels over a transport: never a thrown error. */
export type Result<T, E = ApiError> = { ok: true; value: T } | { ok: false; error: E };

export type ApiErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'unsupported'
  | 'io-error'
  | 'forbidden'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** A sentence a person can read: shown as it is in the UI. */
  message: string;
}

/**
 * Every method the renderer may call. Arguments are validated by the backend's dispatcher
 * (see schemas.ts) whatever the transport; a failure reaches the caller as an ApiError.
 */
export interface LecternApi {
  /** Host mode, version, data file location and start-up warnings. */
  getAppInfo(): Promise<AppInfo>;
  /** The open library (indexing it on first call). */
  getLibrary(): Promise<LibraryView>;
  /** Open another folder of articles; remembered across restarts. Emits libraryChanged. */
  openLibrary(folder: string): Promise<LibraryView>;
  /**
   * Articles of a large library's view from the `from`th on (see LibraryView.rest). A list no
   * longer kept (another library opened since, or left unread for minutes) is not-found: the page
   * then asks for the library again.
   */
  getLibraryPart(listing: string, from: number): Promise<LibraryPart>;
  /** One article with its body, highlights and note. */
  getArticle(articleId: string): Promise<ArticleView>;
  /** The article's whole capture with what extraction kept and dropped ("Show original"). */
  getOriginal(articleId: string): Promise<OriginalView>;
  /** Highlight a passage; the backend stores its quote, context and position. */
  addHighlight(input: AddHighlightInput): Promise<HighlightView>;
  removeHighlight(articleId: string, highlightId: string): Promise<void>;
  /** Change a highlight's colour and/or note. Resolves once the change is on disk. */
  updateHighlight(articleId: string, highlightId: string, patch: HighlightPatch): Promise<HighlightView>;
  /** Put back a highlight removed earlier in this session, with its id, note and anchor (undo). */
  restoreHighlight(articleId: string, highlightId: string): Promise<HighlightView>;
  /** Replace the article's note. Resolves once the note is safely on disk. */
  saveNote(articleId: string, text: string): Promise<NoteView>;
  /** The article's highlights and note as Markdown, for download or preview. */
  renderArticleMarkdown(articleId: string): Promise<MarkdownDocument>;
  /** Write the article's Markdown to an absolute file path. */
  exportArticle(articleId: string, file: string): Promise<ExportResult>;
  /** Write one Markdown file per annotated article into an absolute folder path (remembered options). */
  exportAll(folder: string): Promise<ExportResult>;
  /** Export with these options (remembered), for the whole library or a selection. */
  exportNotes(request: ExportRequest): Promise<ExportResult>;
  /** Everything (annotations, notes, settings) as one JSON backup, for download. */
  createBackup(): Promise<BackupDocument>;
  /** Write the JSON backup to an absolute file path (desktop). */
  backupTo(file: string): Promise<ExportResult>;
  /** Validate a backup's text whole, then merge it in; refused with nothing changed when bad or newer. */
  restoreBackup(json: string, source: string): Promise<RestoreResult>;
  /** restoreBackup from an absolute file path (desktop). */
  restoreBackupFile(file: string): Promise<RestoreResult>;
  /** Remember the reading settings. */
  savePreferences(preferences: ReaderPreferences): Promise<void>;
  /** Remember where the person is in an article (and that it has been opened). */
  saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void>;
  /** Full-text search over article titles and bodies, highlights and notes; best first. */
  search(query: string): Promise<SearchHit[]>;
  /** Ask the desktop host for a native chooser; null when cancelled. Browser mode: 'unsupported'. */
  choosePath(request: PathRequest): Promise<string | null>;
  /**
   * A hint that the person is choosing a library folder: the indexer's workers get ready meanwhile
   * (warmed up on the bundled library), so the folder they pick is read sooner. Opens and changes
   * nothing; settles when the workers are ready.
   */
  prepareToIndex(): Promise<void>;
  /** Stop the indexing run in progress; what is indexed stays, the rest is read on resuming or the next open. */
  cancelIndexing(): Promise<void>;
  /** Go on with a cancelled run: the files it did not reach are read (progress as indexProgress). */
  resumeIndexing(): Promise<void>;
  /** Delete the notes and highlights of an article whose file is missing. */
  forgetArticle(articleId: string): Promise<void>;
}

/** Pushes from the backend, carried by the same transports (IPC events, server-sent events). */
export interface LecternEvents {
  libraryChanged: LibraryView;
  command: AppCommand;
  /** Articles indexed, changed on disk or gone since the last view (streamed while indexing). */
  libraryUpdated: LibraryDelta;
  indexProgress: IndexProgress;
  /** A lectern://open link was opened (desktop): show that article, at that highlight. */
  openLink: DeepLinkTarget;
  /** How far the search index has got: while it is built, searches answer from part of the library. */
  searchIndexing: SearchIndexing;
}

/** The search index's backlog, pushed while it shrinks (a few times a second) and once at 0. */
export interface SearchIndexing {
  /** Articles not yet searchable; 0 when every article of the open library is. */
  pending: number;
}

export type ApiMethod = keyof LecternApi;
export type ApiEvent = keyof LecternEvents;

/** The method names at run time (preload and dispatcher need them); typed to stay complete. */
export const API_METHODS = [
  'getAppInfo',
  'getLibrary',
  'openLibrary',
  'getLibraryPart',
  'getArticle',
  'getOriginal',
  'addHighlight',
  'removeHighlight',
  'updateHighlight',
  'restoreHighlight',
  'saveNote',
  'renderArticleMarkdown',
  'exportArticle',
  'exportAll',
  'exportNotes',
  'createBackup',
  'backupTo',
  'restoreBackup',
  'restoreBackupFile',
  'choosePath',
  'search',
  'savePreferences',
  'saveReadingPosition',
  'prepareToIndex',
  'cancelIndexing',
  'resumeIndexing',
  'forgetArticle',
] as const satisfies readonly ApiMethod[];

export const API_EVENTS = ['libraryChanged', 'command', 'libraryUpdated', 'indexProgress', 'openLink', 'searchIndexing'] as const satisfies readonly ApiEvent[];

/** The wire form of a method call's outcome. */
export type ApiReply<M extends ApiMethod> = Result<Awaited<ReturnType<LecternApi[M]>>>;

/**
 * What the Electron preload exposes as `window.lectern`: each contract method, replying with a
 * Result instead of throwing (errors cannot cross contextBridge intact), plus event listening.
 */
export type LecternBridge = {
  [M in ApiMethod]: (...args: Parameters<LecternApi[M]>) => Promise<ApiReply<M>>;
} & {
  listen<E extends ApiEvent>(event: E, listener: (payload: LecternEvents[E]) => void): () => void;
};

/** The IPC channel carrying method M, and the one carrying all events. */
export const ipcChannel = (method: ApiMethod): string => `lectern:${method}`;
export const IPC_EVENT_CHANNEL = 'lectern:event';

// Compile-time guard: API_METHODS must name every method of LecternApi.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const everyMethodListed: [MissingMethods] extends [never] ? true : MissingMethods = true;
void everyMethodListed;
