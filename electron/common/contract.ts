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

/** What a page says about itself. Fields the text does not state are null, never guessed. */
export interface ArticleMetadata {
  title: string | null;
  /** The website that published the page. */
  site: string | null;
  /** The credited agency ("RIA Novosti", "Xinhua"), when the page credits one. */
  source: string | null;
  published: PublishedDate | null;
  /** "MM-DD" when the page gives only a day and month (the year is never guessed); else null. */
  publishedPartial: string | null;
  dateline: string | null;
  /** The author as printed, without "By" ("Maren Estrada"), when the page shows one. */
  byline: string | null;
  /** Tags and topics the page lists ("Tags: NATO, Russia"), in page order, without duplicates. */
  tags: string[];
  /** ISO 639-1 code of the body's language ("en", "pt"), null when too little text to tell. */
  language: string | null;
}

/**
 * One article of the library as the list shows it: what the list, its filters, sorts and version
 * groups need, and nothing more. A large library sends 10,000 of these as the app starts, and every
 * field costs in the sending and in the page's parsing; the rest comes with the ArticleView.
 */
export interface ArticleSummary extends Pick<ArticleMetadata, 'title' | 'site' | 'published' | 'publishedPartial'> {
  /** Stable across restarts and library moves: derived from the path relative to the library. */
  id: string;
  /** Path relative to the library folder, with "/" separators. */
  file: string;
  /** Id of the article this one is a syndicated copy of, if any. */
  duplicateOf: string | null;
  highlightCount: number;
  hasNote: boolean;
  /** Opened at least once. */
  read: boolean;
  /** How far the person has read, 0–1. */
  progress: number;
  /** The file is gone but the article has notes or highlights, kept until deleted or the file returns. */
  missing?: boolean;
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
  /** Every article; or, for a large library (see `rest`), the newest of them. */
  articles: ArticleSummary[];
  /**
   * A large library's other articles, fetched part by part with getLibraryPart: the whole list in
   * one answer (29 MB at 100,000 articles) froze the page for about a second while it was parsed,
   * sorted and grouped. Absent when `articles` holds them all.
   */
  rest?: LibraryRest;
  errors: IndexProblem[];
  /** The indexing run in progress (or just ended) when the view was taken; absent when none ran. */
  indexing?: IndexProgress | null;
  /**
   * Set while the folder cannot be reached (removed, renamed, its drive unplugged, its share gone):
   * the articles are those indexed before, readable from the index cache with their notes, and none
   * leaves the list for it. The library catches up with the folder once it is back. Absent while the
   * folder is there.
   */
  unavailable?: true;
  /** The last libraryUpdated this view already holds (see LibraryDelta.revision). */
  revision: number;
}

/** Where the rest of a view's articles are kept for it (see LibraryView.rest). */
export interface LibraryRest {
  /** Names the list the view was cut from: every part comes from that same list. */
  listing: string;
  /** How many articles the whole list holds, the view's included. */
  total: number;
}

/** Some articles of a kept list (getLibraryPart), newest first, and where the next part starts. */
export interface LibraryPart {
  articles: ArticleSummary[];
  /** The `from` to ask for next; null after the last part. */
  next: number | null;
}

/** How far the library's indexing has got: files read (from the cache or extracted) of all found. */
export interface IndexProgress {
  folder: string;
  done: number;
  total: number;
  /** Files extracted per second over the run's last second (since its start while younger):
   * a cold run's slow first second does not hold down the rate, nor inflate the time left. */
  filesPerSecond: number;
  /** Estimated from the rate; null until there is one. */
  secondsLeft: number | null;
  state: 'indexing' | 'done' | 'cancelled';
  /** In an indexProgress event: the last libraryUpdated sent before it. One the reader never got
   * means changes were missed (see LibraryDelta.revision). */
  revision?: number;
}

/** A change to the open library: articles added or changed, removed, and the current problems. */
export interface LibraryDelta {
  folder: string;
  upserted: ArticleSummary[];
  /** Ids of articles no longer in the library. */
  removed: string[];
  /** Every file that cannot be read right now (replaces the previous list). */
  errors: IndexProblem[];
  /** As LibraryView.unavailable, as of this change (absent: the folder is there). */
  unavailable?: true;
  /**
   * A renamed or moved file: its article now has the id `to` (ids derive from the path), with the
   * notes and highlights of `from`. In the order they happened; absent when nothing moved. A reader
   * open on `from` follows it to `to` (the backend still accepts edits sent on `from`).
   */
  moved?: ArticleMove[];
  /**
   * Numbers the deltas the backend sends, 1, 2, 3…, and views say which they hold. A reader skips
   * deltas its view already holds, and one that gets further than one past the last it applied (or
   * an indexProgress naming one it never got) has missed some, and asks for the whole view again:
   * pushes sent between a view being taken and the reader listening are otherwise lost.
   */
  revision: number;
}

/** An article whose file was renamed or moved, from its old id to its new one. */
export interface ArticleMove {
  from: string;
  to: string;
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

export interface ArticleView extends ArticleSummary, ArticleMetadata {
  words: number;
  /** Estimated minutes to read the body (at least 1). */
  readingMinutes: number;
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
  /** How "Export all notes…" last ran, and where to. */
  exportOptions: ExportOptions;
  /** The last export folder, proposed next time; null before the first export. */
  exportFolder: string | null;
}

/** Remembered options of "Export all notes…" (and `lectern export`). */
export interface ExportOptions {
  /** Also write articles without highlights or a note. */
  includeUnannotated: boolean;
  /** One file per article plus index.md, or one combined file. */
  layout: 'per-article' | 'combined';
  /** A Mustache template for each article's generated part; null for the built-in layout. */
  template: string | null;
}

export interface ExportRequest {
  /** Absolute folder to write into (created if missing). */
  folder: string;
  /** Only these articles (a selection); null for the whole library. */
  articleIds: string[] | null;
  /** Used for this export and remembered for the next one. */
  options: ExportOptions;
}

/** A whole-data backup, for the browser to download. */
export interface BackupDocument {
  fileName: string;
  json: string;
}

export interface RestoreResult {
  /** What the import did, as a sentence. */
  message: string;
  articlesAdded: number;
  highlightsAdded: number;
  notesAdded: number;
  /** Edits made on both sides: the newer kept, the other saved as a revision. */
  conflicts: number;
}

/** Where a lectern://open link points. */
export interface DeepLinkTarget {
  articleId: string;
  highlightId: string | null;
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
  /**
   * For article hits: the sites of other versions of this story (syndicated copies) that matched
   * with the same snippet, folded into this result. Absent when none did.
   */
  alsoIn?: string[];
}

/** A native file or folder chooser request (desktop only). */
export interface PathRequest {
  kind: 'folder' | 'save-file' | 'open-file';
  /** For files: which kind (default Markdown). */
  extension?: 'md' | 'json';
  title: string;
  /** For save-file: the proposed file name. */
  defaultName?: string;
}

/** Commands the desktop menu sends to the renderer, which runs them like its own buttons. */
export type AppCommand = 'open-folder' | 'export-article' | 'export-all' | 'back-up' | 'restore' | 'flush';

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
  /** Stop the indexing run in progress; what is indexed stays, the rest is read on the next open. */
  cancelIndexing(): Promise<void>;
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
  'cancelIndexing',
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
