// Runs in Node (tests). The index cache survives a reopen line for line, and a damaged or foreign
// manifest is rebuilt from nothing rather than misread.
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { IndexCache, type CachedFile } from './index-cache.js';

let root: string;
const folder = '/library/of/captures';
const entry = (i: number): CachedFile => ({ file: `story-${i}.txt`, size: 100 + i, mtimeMs: 1_700_000_000_000 + i, hash: `h${i}`, article: null, problem: i % 2 ? 'A problem, "quoted"\nover two lines' : null, signature: null, body: null });

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-index-cache-'));
});
after(() => rm(root, { recursive: true, force: true }));

test('a saved cache reopens with every entry as it was, past one write chunk', async () => {
  const cache = await IndexCache.open(root, folder, 'stamp-a');
  for (let i = 0; i < 2500; i++) cache.files.set(entry(i).file, entry(i));
  await cache.save();
  cache.close();
  const again = await IndexCache.open(root, folder, 'stamp-a');
  assert.equal(again.files.size, 2500);
  assert.deepEqual(again.files.get('story-1777.txt'), entry(1777));
  again.close();
  assert.deepEqual((await readdir(IndexCache.dirFor(root, folder))).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
});

test('another extractor, or a damaged manifest, starts the cache afresh', async () => {
  const other = await IndexCache.open(root, folder, 'stamp-b');
  assert.equal(other.files.size, 0, 'changed extraction code invalidates the cache');
  other.files.set(entry(1).file, entry(1));
  await other.save();
  other.close();
  await appendFile(path.join(IndexCache.dirFor(root, folder), 'manifest.jsonl'), '{"file": "half a line');
  const damaged = await IndexCache.open(root, folder, 'stamp-b');
  assert.equal(damaged.files.size, 0);
  damaged.close();
  await writeFile(path.join(IndexCache.dirFor(root, folder), 'manifest.jsonl'), '');
  const empty = await IndexCache.open(root, folder, 'stamp-b');
  assert.equal(empty.files.size, 0);
  empty.close();
});
