// Runs in Node (tests). A first index that dies half way (the process killed, as in a crash, so
// nothing is saved on the way out) keeps what its checkpoints saved: reopened, the
// library lists those articles at once and extracts only the rest.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import type { ExtractResult, ExtractTask } from '../indexer/extract-job.js';
import { IndexCache } from '../indexer/index-cache.js';
import { distinctLibraryForTests } from '../indexer/seeds.fixture.js';
import { WorkerPool, workerScript } from '../indexer/worker-pool.js';
import { LibrarySession } from './library-session.js';

const FILES = 1_500;
const temp = distinctLibraryForTests('lectern-crash-', FILES);

/** Articles in the manifest a checkpoint saved under `cacheRoot` (a header line, then one line each). */
function savedArticles(cacheRoot: string): number {
  try {
    const text = readFileSync(path.join(IndexCache.dirFor(cacheRoot, temp.library), 'manifest.jsonl'), 'utf8');
    return Math.max(0, text.split('\n').filter(Boolean).length - 1);
  } catch {
    return 0;
  }
}

/**
 * Runs the fixture until it has extracted `killAt` articles and a checkpoint has saved some, then
 * kills it; resolves to the count it had reached. Waiting for a save: on a machine busy with other
 * tests, the workers could start after the first checkpoints, which then saved nothing.
 */
function indexUntilKilled(cacheRoot: string, killAt: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'index-until-killed.fixture.ts'), temp.library, cacheRoot], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let reached = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'done') return reject(new Error('The index finished before it could be killed.'));
      reached = Number(line);
      if (reached >= killAt && savedArticles(cacheRoot) > 0) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve(reached));
  });
}

test('a first index killed half way keeps what it had saved: reopened, only the rest is extracted', async () => {
  const cacheRoot = path.join(temp.dir, 'cache');
  const reached = await indexUntilKilled(cacheRoot, FILES / 2);
  assert.ok(reached < FILES, `killed before the end (${reached} of ${FILES})`);

  const pool = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'));
  try {
    let extracted = 0;
    const session = await LibrarySession.open(temp.library, false, cacheRoot, pool, { annotated: () => false, changed: (change) => (extracted += change.bodies.length), progress: () => undefined });
    await session.ready;
    assert.equal(session.articles().length, FILES, 'every article is listed');
    assert.deepEqual(session.errors(), []);
    // The saves came at 50, 150, 350, 750 ms…: what came after the last one is extracted again, the rest is not.
    assert.ok(extracted < FILES, `only the rest was extracted (${extracted} of ${FILES}, ${reached} reached before the kill)`);
    await session.close();
  } finally {
    await pool.close();
  }
});
