// Runs in Node. The indexer's output: what extraction finds in one file, and the library as a whole.
import type { IndexProblem, PublishedDate } from '../../common/contract.js';

/** What extraction reads out of one capture. Fields the text does not state are null, never guessed. */
export interface ExtractedArticle {
  title: string | null;
  /** The website that published the page. */
  site: string | null;
  /** The credited agency, when the page credits one. */
  source: string | null;
  published: PublishedDate | null;
  /** "MM-DD" when the page gives a day and month but no year (the year is never guessed). */
  publishedPartial: string | null;
  dateline: string | null;
  /** The author line as printed, without "By" ("Maren Estrada"), when the page shows one. */
  byline: string | null;
  /** Tags and topics the page lists ("Tags: NATO, Russia"), in page order, without duplicates. */
  tags: string[];
  /** ISO 639-1 code of the body's language ("en", "pt"), null when too little text to tell. */
  language: string | null;
  /** Body paragraphs in order, each whole, boilerplate dropped. */
  paragraphs: string[];
  /** Reader comments, kept apart from the body. */
  comments: string[];
}

export type ArticleFormat = 'txt' | 'md' | 'html';

/** What each line of the capture became, for "Show original". */
export type LineRole = 'title' | 'meta' | 'body' | 'comment' | 'removed';

export interface OriginalLine {
  text: string;
  role: LineRole;
}

/** Extraction plus the capture's lines with their roles (computed on demand, not kept in the index). */
export interface ExtractionWithLines {
  article: ExtractedArticle;
  lines: OriginalLine[];
}

/** Reading speed for the "min read" figure: a common adult average for non-fiction. */
export const WORDS_PER_MINUTE = 230;
export function readingMinutesFor(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** One article of an indexed library. */
export interface IndexedArticle extends ExtractedArticle {
  id: string;
  /** Path relative to the library folder, "/" separators. */
  file: string;
  words: number;
  /** Minutes at 230 words a minute, at least 1. */
  readingMinutes: number;
  /** "txt", "md" or "html": how the file was read, and so how "Show original" shows it. */
  format: ArticleFormat;
  duplicateOf: string | null;
  /** Hash of the body text, to tell whether annotations were made on the same text. */
  fingerprint: string;
}

export interface LibraryIndex {
  folder: string;
  articles: IndexedArticle[];
  errors: IndexProblem[];
}

/** The body text that highlight offsets refer to: paragraphs joined by a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';
export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}
