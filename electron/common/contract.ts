// Runs anywhere (Node backend, Electron preload, browser renderer): types only, plus the method list.
//
// The one API contract between the renderer and the backend. Both transports (Electron IPC and
// browser-mode HTTP) carry exactly these methods and events; the renderer imports nothing else.

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

/** Publication date as text: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; never invented. */
export type PublishedDate = string;

/** One article of the library as the list shows it. */
export interface ArticleSummary {
  /** Stable across restarts and library moves: derived from the path relative to the library. */
  id: string;
  /** Path relative to the library folder, with "/" separators. */
  file: string;
  title: string | null;
  site: string | null;
  /** The credited agency ("RIA Novosti", "Xinhua"), when the page credits one. */
  source: string | null;
  published: PublishedDate | null;
  dateline: string | null;
  words: number;
  /** Id of the article this one is a syndicated copy of, if any. */
  duplicateOf: string | null;
  highlightCount: number;
  hasNote: boolean;
}

/** A file the indexer could not read as an article, with a reason a person understands. */
export interface IndexProblem {
  file: string;
  message: string;
}

export interface LibraryView {
  /** Absolute path of the open folder. */
  folder: string;
  /** True when this is the bundled default library. */
  bundled: boolean;
  articles: ArticleSummary[];
  errors: IndexProblem[];
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

export interface HighlightView {
  id: string;
  /** Offsets into the article's body text (paragraphs joined by "\n\n"); null when orphaned. */
  start: number | null;
  end: number | null;
  /** The highlighted text as it was when the highlight was made. */
  quote: string;
  color: HighlightColor;
  createdAt: string;
}

export interface NoteView {
  text: string;
  /** ISO time of the last save; null when the article has never had a note. */
  updatedAt: string | null;
}

export interface ArticleView extends ArticleSummary {
  paragraphs: string[];
  /** Where each paragraph starts in the body text that highlight offsets refer to. */
  paragraphStarts: number[];
  /** Highlights in reading order; orphans (quote not found any more) last. */
  highlights: HighlightView[];
  note: NoteView;
}

export interface AppInfo {
  /** Which host serves the API: the desktop shell or the local browser-mode server. */
  mode: 'electron' | 'browser';
  version: string;
  /** Where annotations are stored, so a person can find and back them up. */
  dataFile: string;
  /** Things the person must know about, e.g. a damaged data file that was moved aside. */
  warnings: string[];
}

export interface ExportResult {
  /** Absolute paths of the files written. */
  files: string[];
}

export interface MarkdownDocument {
  /** A safe, stable file name such as "NATO Hopes for Missile Defense Accord with Russia.md". */
  fileName: string;
  markdown: string;
}

/** A native file or folder chooser request (desktop only). */
export interface PathRequest {
  kind: 'folder' | 'save-file';
  title: string;
  /** For save-file: the proposed file name. */
  defaultName?: string;
}

/** Commands the desktop menu sends to the renderer, which runs them like its own buttons. */
export type AppCommand = 'open-folder' | 'export-article' | 'export-all' | 'flush';

export interface AddHighlightInput {
  articleId: string;
  /** Offsets into the body text, end exclusive. */
  start: number;
  end: number;
  color?: HighlightColor;
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
  /** One article with its body, highlights and note. */
  getArticle(articleId: string): Promise<ArticleView>;
  /** Highlight a passage; the backend stores its quote, context and position. */
  addHighlight(input: AddHighlightInput): Promise<HighlightView>;
  removeHighlight(articleId: string, highlightId: string): Promise<void>;
  /** Replace the article's note. Resolves once the note is safely on disk. */
  saveNote(articleId: string, text: string): Promise<NoteView>;
  /** The article's highlights and note as Markdown, for download or preview. */
  renderArticleMarkdown(articleId: string): Promise<MarkdownDocument>;
  /** Write the article's Markdown to an absolute file path. */
  exportArticle(articleId: string, file: string): Promise<ExportResult>;
  /** Write one Markdown file per annotated article into an absolute folder path. */
  exportAll(folder: string): Promise<ExportResult>;
  /** Ask the desktop host for a native chooser; null when cancelled. Browser mode: 'unsupported'. */
  choosePath(request: PathRequest): Promise<string | null>;
}

/** Pushes from the backend, carried by the same transports (IPC events, server-sent events). */
export interface LecternEvents {
  libraryChanged: LibraryView;
  command: AppCommand;
}

export type ApiMethod = keyof LecternApi;
export type ApiEvent = keyof LecternEvents;

/** The method names at run time (preload and dispatcher need them); typed to stay complete. */
export const API_METHODS = [
  'getAppInfo',
  'getLibrary',
  'openLibrary',
  'getArticle',
  'addHighlight',
  'removeHighlight',
  'saveNote',
  'renderArticleMarkdown',
  'exportArticle',
  'exportAll',
  'choosePath',
] as const satisfies readonly ApiMethod[];

export const API_EVENTS = ['libraryChanged', 'command'] as const satisfies readonly ApiEvent[];

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
