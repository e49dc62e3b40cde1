// Runs in Node. Highlights, per-article notes and settings, kept in one local JSON file that must never
// lose a word: every mutation resolves only once it is fsynced to disk, writes are serialised, a
// damaged file is moved aside (never overwritten) and the newest valid backup restored.
//
// One writer per file: inside this process, open() refuses a second store on the same file; across
// processes (desktop app, `lectern serve`, CLI) a lock file beside it does (data-lock.ts).
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { LecternError } from '../service/api-error.js';
import { AtomicJsonFile } from './atomic-json-file.js';
import { Backups } from './backups.js';
import { DataLock } from './data-lock.js';
import {
  type ArticleRecord,
  type DataFile,
  type ReadingState,
  type Settings,
  type StoredHighlight,
  type StoredNote,
  dataFile as dataFileSchema,
  emptyData,
  readingState,
  storedHighlight,
} from './data-schema.js';
import { loadData, parseAnyVersion, removeStaleTemps } from './load-data.js';
import { migrate } from './migrations.js';
import { mergeMovedRecord } from './record-move.js';
import { describe } from './store-messages.js';
import { checked, highlightPatch, recordMeta, settingsPatch, type HighlightPatch, type RecordMeta } from './store-input.js';

export const DATA_FILE_NAME = 'lectern-data.json';

/** Files with an open store in this process (absolute paths). */
const openFiles = new Set<string>();

export type { HighlightPatch, RecordMeta } from './store-input.js';

export class AnnotationStore {
  readonly warnings: string[] = [];
  #closed = false;

  private constructor(
    readonly file: string,
    private readonly db: Low<DataFile>,
    private readonly adapter: AtomicJsonFile<DataFile>,
    private readonly lock: DataLock,
    readonly backups: Backups,
  ) {}

  /** Open (or create) `<dataDir>/lectern-data.json`, creating the folder if needed. */
  static async open(dataDir: string): Promise<AnnotationStore> {
    const folder = path.resolve(dataDir);
    const file = path.join(folder, DATA_FILE_NAME);
    if (openFiles.has(file)) {
      throw new Error(`The data file ${file} is already open in this process; use the existing store.`);
    }
    openFiles.add(file);
    let lock: DataLock | null = null;
    try {
      try {
        await mkdir(folder, { recursive: true });
        await access(folder, constants.R_OK | constants.W_OK);
      } catch (error) {
        throw new Error(`Lectern cannot use its data folder ${folder}: ${describe(error)}`, { cause: error });
      }
      lock = await DataLock.acquire(`${file}.lock`);
      return await AnnotationStore.#load(folder, file, lock);
    } catch (error) {
      await lock?.release();
      openFiles.delete(file);
      throw error;
    }
  }

  static async #load(folder: string, file: string, lock: DataLock): Promise<AnnotationStore> {
    const backups = new Backups(folder);
    await removeStaleTemps(folder);
    await removeStaleTemps(backups.folder);
    // Reading validates every known version (so damage is reported as damage); writing uses the current one.
    const reader = new AtomicJsonFile<unknown>(file, (value) => {
      migrate(value);
      return value;
    });
    const adapter = new AtomicJsonFile<DataFile>(file, parseAnyVersion);
    const loaded = await loadData(file, reader, backups);
    const db = new Low<DataFile>(adapter, emptyData());
    db.data = loaded.data;
    const store = new AnnotationStore(file, db, adapter, lock, backups);
    store.warnings.push(...loaded.warnings);
    if (loaded.mustWrite) {
      // New, migrated or restored: write it now, which also proves the folder is writable.
      try {
        await db.write();
      } catch (error) {
        throw new Error(`Lectern cannot write its data file ${file}: ${describe(error)}`, { cause: error });
      }
    }
    await store.#backUp();
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

  /** Puts back a highlight exactly as it was (undo of a removal). False when its id is already there. */
  async restoreHighlight(articleId: string, meta: RecordMeta, highlight: StoredHighlight): Promise<boolean> {
    const valid = checked(storedHighlight, highlight, 'highlight');
    const record = this.#upsert(articleId, meta);
    if (record.highlights.some((h) => h.id === valid.id)) return false;
    record.highlights.push(valid);
    await this.#persist();
    return true;
  }

  /** Changes a highlight's colour and/or note; null (nothing written) when there is no such highlight. */
  async updateHighlight(articleId: string, highlightId: string, patch: HighlightPatch): Promise<StoredHighlight | null> {
    const valid = checked(highlightPatch, patch, 'highlight change');
    this.#assertOpen();
    const highlight = this.#find(articleId)?.highlights.find((h) => h.id === highlightId);
    if (!highlight) return null;
    if (valid.color !== undefined) highlight.color = valid.color;
    if (valid.note !== undefined) highlight.note = valid.note;
    highlight.updatedAt = new Date().toISOString();
    await this.#persist();
    return structuredClone(highlight);
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

  /** Remember where the person is in an article, and when they last had it open. */
  async saveReadingPosition(articleId: string, meta: RecordMeta, position: { offset: number; progress: number }): Promise<ReadingState> {
    const valid = checked(readingState.omit({ readAt: true }), position, 'reading position');
    const record = this.#upsert(articleId, meta);
    record.reading = { ...valid, readAt: new Date().toISOString() };
    await this.#persist();
    return { ...record.reading };
  }

  /**
   * The article's file was renamed or moved, so its id changed: its record goes to `toId` in one
   * write (it is never in neither place, nor in both), merged with whatever `toId` already holds.
   * False (nothing written) when `fromId` has no record.
   */
  async moveRecord(fromId: string, toId: string, meta: RecordMeta): Promise<boolean> {
    const moved = this.#find(fromId);
    if (!moved || fromId === toId) return false;
    const target = this.#upsert(toId, meta);
    Object.assign(target, mergeMovedRecord(target, moved, `rename of ${moved.file} to ${meta.file}`, new Date()));
    Reflect.deleteProperty(this.db.data.articles, fromId);
    await this.#persist();
    return true;
  }

  /** The whole data file as it is now (a copy): what a backup holds. */
  snapshot(): DataFile {
    return structuredClone(this.db.data);
  }

  /**
   * Replace everything with `data` (an import, already merged and validated by the caller), after
   * copying what is on disk now into backups/, so even a wrong import can be undone by hand.
   */
  async replaceData(data: DataFile): Promise<string> {
    const valid = checked(dataFileSchema, data, 'data');
    this.#assertOpen();
    await this.flush();
    const safety = await this.backups.beforeImport(`${JSON.stringify(this.db.data, null, 2)}\n`);
    this.db.data = valid;
    await this.#persist();
    return safety;
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
      await this.#backUp();
    } finally {
      this.#closed = true;
      openFiles.delete(this.file);
      await this.lock.release();
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
    const record: ArticleRecord = { file, title, highlights: [], note: null, reading: null };
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
    // A session that runs past midnight still leaves one backup per day.
    if (this.backups.dueToday()) await this.#backUp();
  }

  /** Today's backup of what is on disk. A failed backup must not fail the save that triggered it. */
  async #backUp(): Promise<void> {
    try {
      await this.backups.daily(`${JSON.stringify(this.db.data, null, 2)}\n`);
    } catch (error) {
      const warning = `Lectern could not write a backup into ${this.backups.folder}: ${describe(error)}.`;
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
  }
}
