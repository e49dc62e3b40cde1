// Runs anywhere (Node backend, Electron preload, browser renderer): types only.
//
// The library as the renderer sees it: articles, their list, indexing, changes, search hits. Part of the API contract; import it from
// contract.ts, which gathers every part.

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

/** What a line of the original capture became: headline, metadata, story, comment, or dropped. */
export type OriginalLineRole = 'title' | 'meta' | 'body' | 'comment' | 'removed';

/** The whole capture as saved, line by line, for "Show original". */
export interface OriginalView {
  articleId: string;
  file: string;
  format: 'txt' | 'md' | 'html';
  lines: Array<{ text: string; role: OriginalLineRole }>;
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
  /** For article hits: how many characters the first match spans there (0 when `position` is null). */
  length: number;
  /** The indexed words that matched (after prefix and typo matching), to mark them in the reader. */
  terms: string[];
  score: number;
  /**
   * For article hits: the sites of other versions of this story (syndicated copies) that matched
   * with the same snippet, folded into this result. Absent when none did.
   */
  alsoIn?: string[];
}
