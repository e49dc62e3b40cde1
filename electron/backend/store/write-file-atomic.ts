// Runs in Node. Replace a file's contents so that a crash or power cut leaves either the old or the
// new contents on disk, never a mix or an empty file.
//
// The recipe: write a temp file in the same folder (rename is only atomic within one file system),
// fsync it (otherwise the rename can reach the disk before the data does), rename it over the target,
// then fsync the folder so the rename itself is durable. Hand-written because lowdb's own writer
// (steno) renames but never fsyncs, and no fsyncing helper is among the app's dependencies.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Errors some platforms (Windows) or file systems raise when asked to open or fsync a folder. */
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** Windows refuses a rename while another program (virus scanner, indexer) briefly holds the file. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_RETRIES = 5;

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** A temp name beside the target; the leading dot keeps it out of sight in the person's folder. */
export function tempPathFor(file: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${suffix}.tmp`);
}

/** Write `contents` to `file` atomically and durably. The folder must exist. */
export async function writeFileAtomic(file: string, contents: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(contents, typeof contents === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file);
  } catch (error) {
    // Never leave a stray temp file behind, whatever went wrong.
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(path.dirname(file));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= RENAME_RETRIES || code === undefined || !RENAME_RETRY_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** Make a rename in `folder` durable. Platforms that cannot fsync a folder are skipped quietly. */
export async function fsyncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code === undefined || !DIR_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}
