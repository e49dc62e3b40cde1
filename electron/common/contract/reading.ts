// Runs anywhere (Node backend, Electron preload, browser renderer): types only.
//
// An opened article and what the person adds to it: highlights, notes, reading position, preferences. Part of the API contract; import it from
// contract.ts, which gathers every part.

import type { ArticleMetadata, ArticleSummary } from './library.js';

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

export interface AddHighlightInput {
  articleId: string;
  /** Offsets into the body text, end exclusive. */
  start: number;
  end: number;
  color?: HighlightColor;
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
