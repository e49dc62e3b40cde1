// Runs in Node (tests). Real folders in the temp directory, removed afterwards.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './server-process.js';

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `lectern-${prefix}-`));
}

/** A copy of the bundled seeds, so tests never touch the real ones. */
export async function seedLibrary(): Promise<string> {
  const folder = await tempDir('library');
  await cp(path.join(REPO, 'seeds'), folder, { recursive: true });
  return folder;
}

export async function removeAll(...folders: string[]): Promise<void> {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
}
