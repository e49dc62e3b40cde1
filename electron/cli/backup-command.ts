// Runs in Node. `lectern backup --out FILE` and `lectern import FILE`: the app's "Back up everything…"
// and "Restore from backup…". They open the data file under its lock, so with the app (or
// `lectern serve`) running on the same data they stop with a message and change nothing.
import path from 'node:path';
import { defaultDataDir } from '../backend/paths.js';
import { backupTo, readBackupFile, restoreBackup } from '../backend/service/backup-service.js';
import { AnnotationStore } from '../backend/store/annotation-store.js';
import { appVersion } from './backend-for-cli.js';
import { UsageError } from './usage-error.js';

async function withStore<T>(data: string | undefined, run: (store: AnnotationStore) => Promise<T>): Promise<T> {
  const store = await AnnotationStore.open(data ? path.resolve(data) : defaultDataDir());
  try {
    for (const warning of store.warnings) console.error(`lectern: ${warning}`);
    return await run(store);
  } finally {
    await store.close();
  }
}

export async function runBackup(options: { out?: string | undefined; data?: string | undefined }): Promise<number> {
  if (!options.out) throw new UsageError('backup needs --out FILE.');
  const out = options.out;
  const file = await withStore(options.data, (store) => backupTo(store, appVersion(), out));
  console.log(file);
  return 0;
}

export async function runImport(positionals: string[], options: { data?: string | undefined }): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('import takes exactly one backup file.');
  // Read and validate before taking the data folder: a bad file is refused without touching anything.
  const text = await readBackupFile(file);
  const result = await withStore(options.data, (store) => restoreBackup(store, text, path.basename(file)));
  console.log(result.message);
  return 0;
}
