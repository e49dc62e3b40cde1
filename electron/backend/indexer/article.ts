// Runs in Node. The indexer's output: what extraction finds in one file, and the library as a whole.
import type { ArticleMetadata, IndexProblem } from '../../common/contract.js';

/** What extraction reads out of one capture: the page's metadata, its story and its comments. */
export interface ExtractedArticle extends ArticleMetadata {
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
  /** The body's word hashes (wordHashes of bodyText(paragraphs)), when the extractor has them already. */
  bodyWordHashes?: Uint32Array;
  /** Whether the body is plain (text-utils' isPlain), when the extractor knows it already. */
  bodyPlain?: boolean;
}

/** Reading speed for the "min read" figure: a common adult average for non-fiction. */
export const WORDS_PER_MINUTE = 230;
/**
 * The same for Chinese and Japanese, written without spaces, by characters: a moderate silent
 * reading speed (reported adult averages run from about 250 to 600 characters a minute). Their word
 * tokens are whole phrases, so counting those put a long Japanese article at a minute or two.
 */
export const CJK_CHARACTERS_PER_MINUTE = 400;

/** Minutes to read a body of `words` word tokens, `cjkCharacters` of its characters Chinese or Japanese: at least 1. */
export function readingMinutesFor(words: number, cjkCharacters = 0): number {
  return Math.max(1, Math.round(Math.max(words / WORDS_PER_MINUTE, cjkCharacters / CJK_CHARACTERS_PER_MINUTE)));
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
