// Runs in Node. Forward migrations of the data file: any earlier format Lectern ever shipped is brought
// up to the current one on load. Each step is a pure function of the previous version's JSON, checked
// against that version's own schema first, so a damaged old file is reported as damaged, not "migrated".
import { z } from 'zod';
import {
  type DataFile,
  articleRecord,
  dataFile,
  DEFAULT_EXPORT_PREFERENCES,
  DEFAULT_READER_PREFERENCES,
  highlightColor,
  highlightTarget,
  readerPreferences,
  readingState,
  SCHEMA_VERSION,
  storedHighlight,
  storedNote,
} from './data-schema.js';
import { NewerDataFileError } from './store-messages.js';

/** Settings of formats 1 and 2: only the library folder. */
const v1Settings = z.object({ libraryFolder: z.string().nullable() });

/** Version 1 (Lectern 0.1): highlights without a note or updatedAt. */
const v1Highlight = z.object({ id: z.string().min(1), color: highlightColor, createdAt: z.string().min(1), target: highlightTarget });
const v1File = z.object({
  schemaVersion: z.literal(1),
  settings: v1Settings,
  articles: z.record(
    z.string(),
    z.object({ file: z.string(), title: z.string().nullable(), highlights: z.array(v1Highlight), note: storedNote.nullable() }),
  ),
});

/** Version 2: highlights with notes; no reading settings or reading positions yet. */
const v2File = z.object({
  schemaVersion: z.literal(2),
  settings: v1Settings,
  articles: z.record(
    z.string(),
    z.object({ file: z.string(), title: z.string().nullable(), highlights: z.array(storedHighlight), note: storedNote.nullable() }),
  ),
});

/** Version 3: reading settings and positions; no export options or revisions yet. */
const v3File = z.object({
  schemaVersion: z.literal(3),
  settings: z.object({ libraryFolder: z.string().nullable(), reader: readerPreferences }),
  articles: z.record(
    z.string(),
    articleRecord.omit({ revisions: true }).extend({ reading: readingState.nullable() }),
  ),
});

/** Step n turns a version-n file into a version-(n+1) file. */
const STEPS: Record<number, (value: unknown) => unknown> = {
  1: (value) => {
    const old = v1File.parse(value);
    const articles = Object.fromEntries(
      Object.entries(old.articles).map(([id, record]) => [
        id,
        { ...record, highlights: record.highlights.map((h) => ({ ...h, updatedAt: h.createdAt, note: '' })) },
      ]),
    );
    return { schemaVersion: 2, settings: old.settings, articles };
  },
  2: (value) => {
    const old = v2File.parse(value);
    const articles = Object.fromEntries(Object.entries(old.articles).map(([id, record]) => [id, { ...record, reading: null }]));
    return { schemaVersion: 3, settings: { ...old.settings, reader: { ...DEFAULT_READER_PREFERENCES } }, articles };
  },
  3: (value) => {
    const old = v3File.parse(value);
    return { schemaVersion: 4, settings: { ...old.settings, export: { ...DEFAULT_EXPORT_PREFERENCES } }, articles: old.articles };
  },
};

export interface Migrated {
  data: DataFile;
  /** The version the file was written in; SCHEMA_VERSION when nothing had to change. */
  fromVersion: number;
}

function versionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return null;
  return typeof value.schemaVersion === 'number' && Number.isInteger(value.schemaVersion) ? value.schemaVersion : null;
}

/** Validates `value` as a data file of any known version and returns it in the current format. */
export function migrate(value: unknown): Migrated {
  const fromVersion = versionOf(value);
  if (fromVersion !== null && fromVersion > SCHEMA_VERSION) throw new NewerDataFileError(fromVersion);
  if (fromVersion === null || fromVersion < 1) return { data: dataFile.parse(value), fromVersion: SCHEMA_VERSION };
  let current = value;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration from data format ${version}`);
    current = step(current);
  }
  return { data: dataFile.parse(current), fromVersion };
}
