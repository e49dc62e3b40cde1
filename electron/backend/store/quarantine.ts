// Runs in Node. Moves a damaged data file aside, untouched, so Lectern can start afresh without ever
// overwriting what the person had: they (or support) can still recover it by hand.
import { access, rename } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, fsyncFolder } from './write-file-atomic.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "20240131-235959" in local time: the person will look for the file by when it happened. */
export function timestamp(date: Date): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  return `${day}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Rename `file` (e.g. ".../lectern-data.json") to ".../lectern-data.corrupt-YYYYMMDD-HHMMSS.json" in
 * the same folder and return the new absolute path. Never replaces an earlier quarantined file: a
 * second damage in the same second gets "-2", "-3"... Throws if the rename fails, so the caller can
 * refuse to start rather than write over the damaged file.
 */
export async function moveAside(file: string, now: Date = new Date()): Promise<string> {
  const folder = path.dirname(file);
  const ext = path.extname(file);
  const stem = path.basename(file, ext);
  const base = `${stem}.corrupt-${timestamp(now)}`;
  for (let n = 1; n < 1000; n++) {
    const target = path.join(folder, `${base}${n === 1 ? '' : `-${n}`}${ext}`);
    if (await exists(target)) continue;
    await rename(file, target);
    await fsyncFolder(folder);
    return path.resolve(target);
  }
  throw new Error(`Could not find a free name to move the damaged data file ${file} aside.`);
}
