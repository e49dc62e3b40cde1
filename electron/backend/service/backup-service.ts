// Runs in Node. Backup and restore for the service: one JSON file out, one validated merge in.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupDocument, RestoreResult } from '../../common/contract.js';
import { backupJson, parseBackup } from '../export/backup-file.js';
import { describeMerge, mergeData } from '../export/merge-data.js';
import type { AnnotationStore } from '../store/annotation-store.js';
import { errorCode, writeFileAtomic } from '../store/write-file-atomic.js';
import { LecternError } from './api-error.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export function backupFileName(now: Date = new Date()): string {
  return `Lectern backup ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function createBackup(store: AnnotationStore, version: string): BackupDocument {
  return { fileName: backupFileName(), json: backupJson(store.snapshot(), version) };
}

export async function backupTo(store: AnnotationStore, version: string, file: string): Promise<string> {
  const target = path.resolve(file);
  try {
    await writeFileAtomic(target, backupJson(store.snapshot(), version));
  } catch (error) {
    const detail = errorCode(error) === 'ENOENT' ? `the folder ${path.dirname(target)} does not exist` : error instanceof Error ? error.message : String(error);
    throw new LecternError('io-error', `Could not write the backup ${target}: ${detail}.`);
  }
  return target;
}

/** Validates the whole backup first (parseBackup throws, changing nothing), then merges it in. */
export async function restoreBackup(store: AnnotationStore, json: string, source: string): Promise<RestoreResult> {
  const incoming = parseBackup(json);
  const { data, report } = mergeData(store.snapshot(), incoming, source);
  await store.replaceData(data);
  return { message: describeMerge(report), ...report };
}

/** Backups are small JSON; anything beyond this is not one. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export async function readBackupFile(file: string): Promise<string> {
  const target = path.resolve(file);
  try {
    if ((await stat(target)).size > MAX_BACKUP_BYTES) {
      throw new LecternError('invalid-argument', `${target} is too large to be a Lectern backup. Nothing was changed.`);
    }
    return await readFile(target, 'utf8');
  } catch (error) {
    if (error instanceof LecternError) throw error;
    if (errorCode(error) === 'ENOENT') throw new LecternError('not-found', `There is no file ${target}. Nothing was changed.`);
    throw new LecternError('io-error', `Could not read ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
