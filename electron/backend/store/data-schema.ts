// Runs in Node. The shape of the annotations data file, validated on every load. Older shapes live
// in migrations.ts, which brings any earlier file up to this one.
import { z } from 'zod';

/**
 * Version 2 added a note and an updatedAt to each highlight; 3 reading settings and positions;
 * 4 the remembered export options and, per article, revisions kept by merging imports.
 */
export const SCHEMA_VERSION = 4;

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

/**
 * An earlier version of a highlight's colour and note, or of the article note, that lost to a newer
 * edit when a backup was merged in (format 4). Kept so that no edit is ever silently lost.
 */
export const revision = z.object({
  kind: z.enum(['highlight', 'note']),
  /** Set for kind "highlight". */
  highlightId: z.string().optional(),
  color: highlightColor.optional(),
  /** The highlight's note or the article note, as it was. */
  text: z.string(),
  /** When that version was made. */
  updatedAt: iso,
  /** When it was set aside, and why ("import of <file>"). */
  keptAt: iso,
  reason: z.string(),
});

export const articleRecord = z.object({
  /** Last known path relative to the library, and title: let people recognise orphaned records. */
  file: z.string(),
  title: z.string().nullable(),
  highlights: z.array(storedHighlight),
  note: storedNote.nullable(),
  reading: readingState.nullable(),
  /** Versions that lost a merge (format 4); absent when there are none. */
  revisions: z.array(revision).optional(),
});

/** How the person likes to read (format 3). */
export const readerPreferences = z.object({
  theme: z.enum(['light', 'sepia', 'dark', 'system']),
  fontSize: z.number().min(10).max(40),
  lineHeight: z.number().min(1).max(3),
  columnWidth: z.number().min(20).max(80),
});

export const DEFAULT_READER_PREFERENCES: z.infer<typeof readerPreferences> = { theme: 'system', fontSize: 19, lineHeight: 1.7, columnWidth: 38 };

/** How "Export all notes…" last ran (format 4): remembered so the next export is the same. */
export const exportPreferences = z.object({
  /** Also write files for articles without highlights or a note. */
  includeUnannotated: z.boolean(),
  /** One Markdown file per article (plus index.md), or everything in one file. */
  layout: z.enum(['per-article', 'combined']),
  /** A Mustache template for the generated part of each article; null for the built-in layout. */
  template: z.string().max(100_000).nullable(),
  /** The last folder exported to (absolute), proposed next time; null before the first export. */
  folder: z.string().nullable(),
});

export const DEFAULT_EXPORT_PREFERENCES: z.infer<typeof exportPreferences> = { includeUnannotated: false, layout: 'per-article', template: null, folder: null };

export const settings = z.object({
  /** Absolute path of the library folder the person chose; null means the bundled library. */
  libraryFolder: z.string().nullable(),
  reader: readerPreferences,
  export: exportPreferences,
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
export type Revision = z.infer<typeof revision>;
export type ExportPreferences = z.infer<typeof exportPreferences>;
export type DataFile = z.infer<typeof dataFile>;

export function emptyData(): DataFile {
  return { schemaVersion: SCHEMA_VERSION, settings: { libraryFolder: null, reader: { ...DEFAULT_READER_PREFERENCES }, export: { ...DEFAULT_EXPORT_PREFERENCES } }, articles: {} };
}

/**
 * zod's record parser silently drops an own "__proto__" key (to avoid prototype pollution), which
 * would lose that record without a word. Lectern never makes such an id (ids are hex hashes), so a
 * file holding one was edited by hand or damaged: it is refused as invalid, never half-read.
 */
export function reservedArticleKey(json: unknown): string | null {
  const articlesOf = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && 'articles' in value ? (value as { articles: unknown }).articles : undefined;
  const outer = articlesOf(json);
  const inner = json !== null && typeof json === 'object' && 'data' in json ? articlesOf((json as { data: unknown }).data) : undefined;
  for (const articles of [outer, inner]) {
    if (articles !== null && typeof articles === 'object' && Object.hasOwn(articles, '__proto__')) {
      return 'an article is keyed "__proto__", which is not an id Lectern makes';
    }
  }
  return null;
}
