// Runs in Node (tests). The benchmark times the workers as shipped: useBuiltWorkers points
// workerScript at a build folder, and refuses one that lacks a worker (no silent fall-back to tsx).
// A file of its own: the setting holds for the whole process.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { useBuiltWorkers, workerScript } from './worker-pool.js';

const folders: string[] = [];
const tempFolder = async (): Promise<string> => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lectern-built-'));
  folders.push(folder);
  return folder;
};
after(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

test('a build folder without the workers is refused with what to do', async () => {
  const folder = await tempFolder();
  await writeFile(path.join(folder, 'extract-worker.js'), '');
  assert.throws(() => useBuiltWorkers(pathToFileURL(`${folder}/`)), /No built search-worker .*npm run build/);
  assert.match(workerScript('extract-worker').pathname, /extract-worker\.ts$/);
});

test('with both workers built, workerScript answers with the built files', async () => {
  const folder = await tempFolder();
  for (const name of ['extract-worker', 'search-worker']) await writeFile(path.join(folder, `${name}.js`), '');
  useBuiltWorkers(pathToFileURL(`${folder}/`));
  assert.equal(workerScript('extract-worker').href, pathToFileURL(path.join(folder, 'extract-worker.js')).href);
  assert.equal(workerScript('search-worker').href, pathToFileURL(path.join(folder, 'search-worker.js')).href);
});
