// Runs in Node. Highlights, per-article notes and settings, kept in one local JSON file that must never
// lose a word: every mutation resolves only once it is fsynced to disk, and a damaged file is moved
// aside (never overwritten) before starting afresh.
//
// One writer per file: inside this process, open() refuses a second store on the same file. Two
// processes on one file (e.g. the desktop app and `lectern serve`) are not guarded yet: that needs a
// lock file and is handled in a later issue.
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { LecternError } from '../service/api-error.js';
import { AtomicJsonFile, DataFileError } from './atomic-json-file.js';
import {
  type ArticleRecord,
  type DataFile,
  type Settings,
  type StoredHighlight,
  type StoredNote,
  dataFile,
  emptyData,
  SCHEMA_VERSION,
  settings as settingsSchema,
  storedHighlight,
} from './data-schema.js';
import { dataFileWarning, describe, NewerDataFileError } from './store-messages.js';
import { moveAside } from './quarantine.js';

export const DATA_FILE_NAME = 'lectern-data.json';

/** What a record remembers about its article, so people can recognise records whose file moved. */
export interface RecordMeta {
  file: string;
  title: string | null;
}

const recordMeta = z.object({ file: z.string(), title: z.string().nullable() });
const settingsPatch = settingsSchema.partial().strict();

/** Files with an open store in this process (absolute paths). */
const openFiles = new Set<string>();

function parseDataFile(value: unknown): DataFile {
  if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
    const version = value.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerDataFileError(version);
  }
  return dataFile.parse(value);
}

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new LecternError('invalid-argument', `Invalid ${what}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export class AnnotationStore {
  readonly warnings: string[] = [];
  #closed = false;

  private constructor(
    readonly file: string,
    private readonly db: Low<DataFile>,
    private readonly adapter: AtomicJsonFile<DataFile>,
  ) {}

  /** Open (or create) `<dataDir>/lectern-data.json`, creating the folder if needed. */
  static async open(dataDir: string): Promise<AnnotationStore> {
    const folder = path.resolve(dataDir);
    const file = path.join(folder, DATA_FILE_NAME);
    if (openFiles.has(file)) {
      throw new Error(`The data file ${file} is already open in this process; use the existing store.`);
    }
    openFiles.add(file);
    try {
      return await AnnotationStore.#load(folder, file);
    } catch (error) {
      openFiles.delete(file);
      throw error;
    }
  }

  static async #load(folder: string, file: string): Promise<AnnotationStore> {
    try {
      await mkdir(folder, { recursive: true });
      await access(folder, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new Error(`Lectern cannot use its data folder ${folder}: ${describe(error)}`, { cause: error });
    }
    const adapter = new AtomicJsonFile(file, parseDataFile);
    const db = new Low<DataFile>(adapter, emptyData());
    const store = new AnnotationStore(file, db, adapter);

    let loaded: DataFile | null;
    try {
      loaded = await adapter.read();
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      if (error.cause instanceof NewerDataFileError) {
        throw new Error(
          `The data file ${file} was written by a newer version of Lectern (format ${error.cause.version}). ` +
            'Please update Lectern; the file was left untouched.',
          { cause: error },
        );
      }
      let aside: string;
      try {
        aside = await moveAside(file);
      } catch (moveError) {
        throw new Error(
          `The data file ${file} ${error.message}, and it could not be moved aside (${describe(moveError)}). ` +
            'Lectern did not start so as not to overwrite it.',
          { cause: moveError },
        );
      }
      store.warnings.push(dataFileWarning(error, aside));
      loaded = null;
    }

    if (loaded) {
      db.data = loaded;
    } else {
      // A fresh (or freshly quarantined) start: create the file now, which also proves we can write.
      try {
        await db.write();
      } catch (error) {
        throw new Error(`Lectern cannot write its data file ${file}: ${describe(error)}`, { cause: error });
      }
    }
    return store;
  }

  settings(): Settings {
    return structuredClone(this.db.data.settings);
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    const valid = checked(settingsPatch, patch, 'settings');
    this.#assertOpen();
    Object.assign(this.db.data.settings, valid);
    await this.#persist();
  }

  record(articleId: string): ArticleRecord | undefined {
    const record = this.#find(articleId);
    return record ? structuredClone(record) : undefined;
  }

  /** Every record by article id (copies: changing them changes nothing stored). */
  allRecords(): ReadonlyMap<string, ArticleRecord> {
    return new Map(Object.entries(structuredClone(this.db.data.articles)));
  }

  async addHighlight(articleId: string, meta: RecordMeta, highlight: StoredHighlight): Promise<void> {
    const valid = checked(storedHighlight, highlight, 'highlight');
    const record = this.#upsert(articleId, meta);
    if (record.highlights.some((h) => h.id === valid.id)) {
      throw new LecternError('invalid-argument', `The article already has a highlight with id "${valid.id}".`);
    }
    record.highlights.push(valid);
    await this.#persist();
  }

  /** False (and nothing written) when there is no such highlight. The record itself is kept. */
  async removeHighlight(articleId: string, highlightId: string): Promise<boolean> {
    this.#assertOpen();
    const record = this.#find(articleId);
    const index = record ? record.highlights.findIndex((h) => h.id === highlightId) : -1;
    if (!record || index < 0) return false;
    record.highlights.splice(index, 1);
    await this.#persist();
    return true;
  }

  /** Replace the article's note. An empty text is stored as "" (never deletes the record). */
  async saveNote(articleId: string, meta: RecordMeta, text: string): Promise<StoredNote> {
    const valid = checked(z.string(), text, 'note text');
    const record = this.#upsert(articleId, meta);
    const note: StoredNote = { text: valid, updatedAt: new Date().toISOString() };
    record.note = note;
    await this.#persist();
    return { ...note };
  }

  /** Resolves when every change made so far is on disk; retries once if the last write failed. */
  async flush(): Promise<void> {
    await this.adapter.idle();
    if (this.adapter.lastWriteFailed) await this.#persist();
  }

  /** Flush, then release the file so another store may open it. Further changes are refused. */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.flush();
    } finally {
      this.#closed = true;
      openFiles.delete(this.file);
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error(`The annotation store for ${this.file} is closed.`);
  }

  #find(articleId: string): ArticleRecord | undefined {
    const articles = this.db.data.articles;
    return Object.hasOwn(articles, articleId) ? articles[articleId] : undefined;
  }

  /** The article's record, created if missing, with file and title brought up to date. */
  #upsert(articleId: string, meta: RecordMeta): ArticleRecord {
    this.#assertOpen();
    checked(z.string().min(1), articleId, 'article id');
    const { file, title } = checked(recordMeta, meta, 'article details');
    const existing = this.#find(articleId);
    if (existing) {
      existing.file = file;
      existing.title = title;
      return existing;
    }
    const record: ArticleRecord = { file, title, highlights: [], note: null };
    // defineProperty, not assignment: an id such as "__proto__" must become a key, not a prototype.
    Object.defineProperty(this.db.data.articles, articleId, {
      value: record,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return record;
  }

  /**
   * Write everything to disk. On failure the change stays in memory (and is written by the next
   * change or flush), and the caller learns it is not yet safe.
   */
  async #persist(): Promise<void> {
    try {
      await this.db.write();
    } catch (error) {
      throw new LecternError(
        'io-error',
        `Lectern could not save to ${this.file}: ${describe(error)}. ` +
          'The change is kept while Lectern runs and will be saved with the next change.',
      );
    }
  }
}
