// Runs in Node. The backup file ("Back up everything…", `lectern backup`): one JSON document holding the
// whole data file (annotations, notes, reading positions, settings) and its schema version. Reading one
// validates all of it before anything else happens, so a bad file can never half-apply.
import { z } from 'zod';
import { LecternError } from '../service/api-error.js';
import { type DataFile, dataFile, reservedArticleKey, SCHEMA_VERSION } from '../store/data-schema.js';
import { migrate } from '../store/migrations.js';
import { NewerDataFileError } from '../store/store-messages.js';

/** Marks the JSON as a Lectern backup, so a random JSON file is refused with a clear reason. */
export const BACKUP_KIND = 'lectern-backup';

export interface BackupFile {
  kind: typeof BACKUP_KIND;
  /** The data format inside; an older Lectern refuses a newer one rather than guess. */
  schemaVersion: number;
  createdAt: string;
  /** The Lectern version that wrote it, for people reading the file. */
  app: string;
  data: DataFile;
}

const envelope = z.object({
  kind: z.literal(BACKUP_KIND),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  app: z.string(),
  data: z.unknown(),
});

export function backupJson(data: DataFile, app: string, now: Date = new Date()): string {
  const file: BackupFile = { kind: BACKUP_KIND, schemaVersion: SCHEMA_VERSION, createdAt: now.toISOString(), app, data: dataFile.parse(data) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const issues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');

/**
 * The data in a backup, brought to the current format. Throws an 'invalid-argument' LecternError
 * with a sentence for the person when the text is not JSON, not a Lectern backup, damaged, or from
 * a newer Lectern.
 */
export function parseBackup(text: string): DataFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new LecternError('invalid-argument', 'This file is not a Lectern backup: it is not valid JSON. Nothing was changed.');
  }
  const reserved = reservedArticleKey(json);
  if (reserved) throw new LecternError('invalid-argument', `This backup is damaged (${reserved}). Nothing was changed.`);
  // A data file itself (lectern-data.json, or a copy from backups/) is accepted as a backup too.
  if (json !== null && typeof json === 'object' && !('kind' in json) && 'schemaVersion' in json && 'articles' in json) {
    const { schemaVersion, ...data } = json;
    json = { kind: BACKUP_KIND, schemaVersion, createdAt: '', app: '', data };
  }
  const outer = envelope.safeParse(json);
  if (!outer.success) {
    throw new LecternError('invalid-argument', `This file is not a Lectern backup (${issues(outer.error)}). Nothing was changed.`);
  }
  const { schemaVersion, data } = outer.data;
  if (schemaVersion > SCHEMA_VERSION) {
    throw new LecternError(
      'invalid-argument',
      `This backup was made by a newer version of Lectern (data format ${schemaVersion}; this one reads up to ${SCHEMA_VERSION}). Update Lectern to restore it. Nothing was changed.`,
    );
  }
  const inner = data !== null && typeof data === 'object' ? { ...data, schemaVersion } : data;
  try {
    return migrate(inner).data;
  } catch (error) {
    if (error instanceof NewerDataFileError) throw new LecternError('invalid-argument', error.message);
    const detail = error instanceof z.ZodError ? issues(error) : error instanceof Error ? error.message : String(error);
    throw new LecternError('invalid-argument', `This backup is damaged (${detail}). Nothing was changed.`);
  }
}
