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
  dateline: string | null;
  /** Body paragraphs in order, each whole, boilerplate dropped. */
  paragraphs: string[];
  /** Reader comments, kept apart from the body. */
  comments: string[];
}

/** One article of an indexed library. */
export interface IndexedArticle extends ExtractedArticle {
  id: string;
  /** Path relative to the library folder, "/" separators. */
  file: string;
  words: number;
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
