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
  /** "MM-DD" when the page gives only a day and month (the year is never guessed); else null. */
  publishedPartial: string | null;
  dateline: string | null;
  /** The author as printed ("Maren Estrada"), when the page shows one. */
  byline: string | null;
  /** Tags and topics the page lists, in page order. */
  tags: string[];
  /** ISO 639-1 code of the body's language ("en"), when it can be told. */
  language: string | null;
  words: number;
  /** Estimated minutes to read the body (at least 1). */
  readingMinutes: number;
  /** Id of the article this one is a syndicated copy of, if any. */
  duplicateOf: string | null;
  highlightCount: number;
  hasNote: boolean;
  /** Opened at least once. */
  read: boolean;
  /** How far the person has read, 0–1. */
  progress: number;
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
  /** When the colour or note last changed. */
  updatedAt: string;
  /** The person's Markdown note on this passage; "" when there is none. */
  note: string;
}

/** What updateHighlight may change; absent fields stay as they are. */
export interface HighlightPatch {
  color?: HighlightColor;
  note?: string;
}

export interface NoteView {
  text: string;
  /** ISO time of the last save; null when the article has never had a note. */
  updatedAt: string | null;
}

export interface ArticleView extends ArticleSummary {
  paragraphs: string[];
  /** Reader comments found under the story, kept apart from the body. */
  comments: string[];
  /** Where each paragraph starts in the body text that highlight offsets refer to. */
  paragraphStarts: number[];
  /** Highlights in reading order; orphans (quote not found any more) last. */
  highlights: HighlightView[];
  note: NoteView;
  /** Where the person stopped reading; null when never opened. */
  position: ReadingPosition | null;
}

/** What a line of the original capture became: headline, metadata, story, comment, or dropped. */
export type OriginalLineRole = 'title' | 'meta' | 'body' | 'comment' | 'removed';

/** The whole capture as saved, line by line, for "Show original". */
export interface OriginalView {
  articleId: string;
  file: string;
  format: 'txt' | 'md' | 'html';
  lines: Array<{ text: string; role: OriginalLineRole }>;
}

export interface AppInfo {
  /** Which host serves the API: the desktop shell or the local browser-mode server. */
  mode: 'electron' | 'browser';
  version: string;
  /** Where annotations are stored, so a person can find and back them up. */
  dataFile: string;
  /** Things the person must know about, e.g. a damaged data file that was moved aside. */
  warnings: string[];
  /** The remembered reading settings. */
  preferences: ReaderPreferences;
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

export type Theme = 'light' | 'sepia' | 'dark' | 'system';

/** How the person likes to read; remembered across restarts. */
export interface ReaderPreferences {
  theme: Theme;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Measure of the reading column in rem (about 60–75 characters at the default size). */
  columnWidth: number;
}

/** Where the person stopped reading an article. */
export interface ReadingPosition {
  /** Offset in the body text of the first paragraph in view. */
  offset: number;
  /** How far through the article, 0–1. */
  progress: number;
}

/** One search result: an article's text, one of its highlights, or its note. */
export interface SearchHit {
  kind: 'article' | 'highlight' | 'note';
  articleId: string;
  /** Set for highlight hits. */
  highlightId: string | null;
  title: string | null;
  site: string | null;
  /** A short extract around the match. */
  snippet: string;
  /** [start, end) ranges of matched words within the snippet. */
  marks: Array<[number, number]>;
  /** For article hits: where the first match is in the body text, to scroll to and mark it. */
  position: number | null;
  /** The indexed words that matched (after prefix and typo matching), to mark them in the reader. */
  terms: string[];
  score: number;
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
  /** Write one Markdown file per annotated article into an absolute folder path. */
  exportAll(folder: string): Promise<ExportResult>;
  /** Remember the reading settings. */
  savePreferences(preferences: ReaderPreferences): Promise<void>;
  /** Remember where the person is in an article (and that it has been opened). */
  saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void>;
  /** Full-text search over article titles and bodies, highlights and notes; best first. */
  search(query: string): Promise<SearchHit[]>;
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
  'getOriginal',
  'addHighlight',
  'removeHighlight',
  'updateHighlight',
  'restoreHighlight',
  'saveNote',
  'renderArticleMarkdown',
  'exportArticle',
  'exportAll',
  'choosePath',
  'search',
  'savePreferences',
  'saveReadingPosition',
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
