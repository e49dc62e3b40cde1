// Runs in Node. Start-up of the data file, under the lock: clear temp files a crash left behind, read
// and validate, migrate older formats (after a backup), and recover from damage by moving the file
// aside and restoring the newest valid backup. Never overwrites anything the person might need.
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type AtomicJsonFile, DataFileError } from './atomic-json-file.js';
import type { Backups } from './backups.js';
import { type DataFile, emptyData, SCHEMA_VERSION } from './data-schema.js';
import { migrate } from './migrations.js';
import { moveAside } from './quarantine.js';
import { dataFileWarning, describe, NewerDataFileError, restoredWarning } from './store-messages.js';

export interface LoadedData {
  data: DataFile;
  /** True when the file on disk must be (re)written: new, migrated or restored. */
  mustWrite: boolean;
  warnings: string[];
}

/** Validates any known version of the file and returns it in the current format. */
export function parseAnyVersion(value: unknown): DataFile {
  return migrate(value).data;
}

/**
 * Temp files (".name.<pid>-<random>.tmp") are left only by a crash between create and rename. Safe to
 * delete once the lock is held: no other process may be writing into this folder.
 */
export async function removeStaleTemps(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const stale = names.filter((name) => /^\.lectern-data\..*\.\d+-[0-9a-f]+\.tmp$/.test(name));
  await Promise.all(stale.map((name) => unlink(path.join(folder, name)).catch(() => undefined)));
  return stale;
}

export async function loadData(file: string, adapter: AtomicJsonFile<unknown>, backups: Backups): Promise<LoadedData> {
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    if (error.cause instanceof NewerDataFileError) {
      throw new Error(
        `The data file ${file} was written by a newer version of Lectern (format ${error.cause.version}). ` +
          'Please update Lectern; the file was left untouched.',
        { cause: error },
      );
    }
    return recover(file, error, backups);
  }
  if (raw === null) return { data: emptyData(), mustWrite: true, warnings: [] };
  // The adapter validated it already (parseAnyVersion); migrate again to learn where it came from.
  const { data, fromVersion } = migrate(raw);
  if (fromVersion === SCHEMA_VERSION) return { data, mustWrite: false, warnings: [] };
  try {
    await backups.beforeMigration(file, fromVersion);
  } catch (error) {
    throw new Error(
      `Lectern must update its data file ${file} to a new format but could not back it up first (${describe(error)}). ` +
        'The file was left untouched.',
      { cause: error },
    );
  }
  return { data, mustWrite: true, warnings: [] };
}

async function recover(file: string, error: DataFileError, backups: Backups): Promise<LoadedData> {
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
  const backup = await backups.newestValid(parseAnyVersion);
  if (!backup) return { data: emptyData(), mustWrite: true, warnings: [dataFileWarning(error, aside)] };
  return { data: backup.data, mustWrite: true, warnings: [restoredWarning(error, aside, backup.file)] };
}
