// Runs in Node. Rolling backups of the data file in `<dataDir>/backups/`: one per day for the last
// seven days the app was used, plus one before each migration (kept, they are rare). Restoring picks
// the newest backup that is still valid.
import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { timestamp } from './quarantine.js';
import { errorCode, fsyncFolder, writeFileAtomic } from './write-file-atomic.js';

export const BACKUP_FOLDER = 'backups';
export const DAILY_BACKUPS_KEPT = 7;

const DAILY = /^lectern-data\.daily-(\d{4}-\d{2}-\d{2})\.json$/;
const MIGRATION = /^lectern-data\.before-(?:v\d+|import)-(\d{8}-\d{6})(?:-\d+)?\.json$/;

const pad = (n: number): string => String(n).padStart(2, '0');
/** Local calendar day: people think of "yesterday's backup" in their own time zone. */
export const dayOf = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export class Backups {
  readonly folder: string;
  /** The last day this process wrote a daily backup, so most writes cost no file system call. */
  #lastDaily: string | null = null;

  constructor(dataDir: string) {
    this.folder = path.join(dataDir, BACKUP_FOLDER);
  }

  /**
   * Writes `json` as today's backup (replacing an earlier one of today: the day's last known good
   * state), then drops days beyond the last 7. Called on start, on close and on the first write of a
   * new day, so a session running past midnight still leaves one backup per day.
   */
  async daily(json: string, now: Date = new Date()): Promise<void> {
    const day = dayOf(now);
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path.join(this.folder, `lectern-data.daily-${day}.json`), json);
    this.#lastDaily = day;
    const days = (await readdir(this.folder)).filter((n) => DAILY.test(n)).sort().reverse();
    for (const old of days.slice(DAILY_BACKUPS_KEPT)) {
      await unlink(path.join(this.folder, old)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  }

  /** True when no daily backup was written yet today by this process. */
  dueToday(now: Date = new Date()): boolean {
    return this.#lastDaily !== dayOf(now);
  }

  /** Copies the data file, byte for byte, before it is migrated from `version`. Returns the copy's path. */
  async beforeMigration(dataFile: string, version: number, now: Date = new Date()): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const base = `lectern-data.before-v${version}-${timestamp(now)}`;
    const names = new Set(await readdir(this.folder));
    let name = `${base}.json`;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}.json`;
    const target = path.join(this.folder, name);
    await copyFile(dataFile, target);
    await fsyncFolder(this.folder);
    return target;
  }

  /** Writes `json` (the data as it is before an import) as a kept backup. Returns the copy's path. */
  async beforeImport(json: string, now: Date = new Date()): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const base = `lectern-data.before-import-${timestamp(now)}`;
    const names = new Set(await readdir(this.folder));
    let name = `${base}.json`;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}.json`;
    const target = path.join(this.folder, name);
    await writeFileAtomic(target, json);
    return target;
  }

  /** Every backup, newest first (by the time in its name; a daily backup counts as that day's end). */
  async newestFirst(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const dated = names.flatMap((name) => {
      const daily = DAILY.exec(name);
      if (daily?.[1]) return [{ name, key: `${daily[1].replaceAll('-', '')}-235959~` }];
      const migration = MIGRATION.exec(name);
      return migration?.[1] ? [{ name, key: migration[1] }] : [];
    });
    return dated.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map((d) => path.join(this.folder, d.name));
  }

  /** The newest backup that `validate` accepts, with its parsed contents; null when none does. */
  async newestValid<T>(validate: (value: unknown) => T): Promise<{ file: string; data: T } | null> {
    for (const file of await this.newestFirst()) {
      try {
        return { file, data: validate(JSON.parse(await readFile(file, 'utf8'))) };
      } catch {
        // A damaged or foreign backup: try the next older one.
      }
    }
    return null;
  }
}
