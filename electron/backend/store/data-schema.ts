// Runs in Node. The shape of the annotations data file, validated on every load. Older shapes live
// in migrations.ts, which brings any earlier file up to this one.
import { z } from 'zod';

/** Version 2 added a note and an updatedAt to each highlight. */
export const SCHEMA_VERSION = 3;

const iso = z.string().min(1);

/** W3C Web Annotation–style selectors: enough to find the passage again after the text changes. */
export const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export const textPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const highlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);

export const highlightTarget = z.object({
  /** Fingerprint of the body text the highlight was made on. */
  fingerprint: z.string(),
  quote: textQuoteSelector,
  position: textPositionSelector,
});

export const storedHighlight = z.object({
  id: z.string().min(1),
  color: highlightColor,
  createdAt: iso,
  /** When the colour or note last changed (createdAt until then). */
  updatedAt: iso,
  /** The person's Markdown note on this passage; "" when there is none. */
  note: z.string(),
  target: highlightTarget,
});

export const storedNote = z.object({ text: z.string(), updatedAt: iso });

/** Where the person stopped reading (format 3). */
export const readingState = z.object({
  offset: z.number().int().min(0),
  progress: z.number().min(0).max(1),
  /** Last time the article was open. */
  readAt: iso,
});

export const articleRecord = z.object({
  /** Last known path relative to the library, and title: let people recognise orphaned records. */
  file: z.string(),
  title: z.string().nullable(),
  highlights: z.array(storedHighlight),
  note: storedNote.nullable(),
  reading: readingState.nullable(),
});

/** How the person likes to read (format 3). */
export const readerPreferences = z.object({
  theme: z.enum(['light', 'sepia', 'dark', 'system']),
  fontSize: z.number().min(10).max(40),
  lineHeight: z.number().min(1).max(3),
  columnWidth: z.number().min(20).max(80),
});

export const DEFAULT_READER_PREFERENCES: z.infer<typeof readerPreferences> = { theme: 'system', fontSize: 19, lineHeight: 1.7, columnWidth: 38 };

export const settings = z.object({
  /** Absolute path of the library folder the person chose; null means the bundled library. */
  libraryFolder: z.string().nullable(),
  reader: readerPreferences,
});

export const dataFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings,
  articles: z.record(z.string(), articleRecord),
});

export type HighlightColorName = z.infer<typeof highlightColor>;
export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;
export type TextPositionSelector = z.infer<typeof textPositionSelector>;
export type StoredHighlight = z.infer<typeof storedHighlight>;
export type StoredNote = z.infer<typeof storedNote>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type Settings = z.infer<typeof settings>;
export type ReadingState = z.infer<typeof readingState>;
export type DataFile = z.infer<typeof dataFile>;

export function emptyData(): DataFile {
  return { schemaVersion: SCHEMA_VERSION, settings: { libraryFolder: null, reader: { ...DEFAULT_READER_PREFERENCES } }, articles: {} };
}
