// Runs in Node (tests). A run stopped half way keeps what it extracted. Closed (the app quit, another
// folder opened): the next open lists it at once and extracts only the rest, and a session opening
// the same folder meanwhile waits for the closing one's save. Cancelled: Resume reads the rest, and
// the cancel stays on show while the watcher's changes are extracted.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { IndexProgress } from '../../common/contract.js';
import type { ExtractResult, ExtractTask } from '../indexer/extract-job.js';
import { SEEDS_DIR, seedFiles } from '../indexer/seeds.fixture.js';
import { WorkerPool, workerScript } from '../indexer/worker-pool.js';
import { LibrarySession, type SessionChange } from './library-session.js';

/** Enough files for the worker pool, which takes them in batches of 8: a run is long enough to stop half way. */
const FILES = 240;

let dir: string;
let library: string;
let cacheRoot: string;
// One worker: the batches queue behind it, so a close after the first one leaves most undone.
const pool = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-session-close-'));
  library = path.join(dir, 'library');
  await mkdir(library);
  const seeds = await Promise.all(seedFiles().map((file) => readFile(path.join(SEEDS_DIR, file), 'utf8')));
  for (let i = 0; i < FILES; i++) {
    // Each file a story of its own (a line of its own added), so none is another's copy.
    await writeFile(path.join(library, `story-${String(i).padStart(3, '0')}.txt`), `${seeds[i % seeds.length]}\nNote ${i}: filed from desk ${i * 7919}.\n`);
  }
});
after(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens the library; `closeAfterFirst` closes it as soon as its first extracted articles arrive. */
async function openLibrary(closeAfterFirst: boolean): Promise<{ session: LibrarySession; listedAtOpen: number; extracted: () => number; firstBatch: Promise<void>; progress: IndexProgress[] }> {
  const changes: SessionChange[] = [];
  const progress: IndexProgress[] = [];
  let arrived: () => void = () => undefined;
  const firstBatch = new Promise<void>((resolve) => (arrived = resolve));
  const session = await LibrarySession.open(library, false, cacheRoot, pool, {
    annotated: () => false,
    changed: (change) => {
      changes.push(change);
      if (change.bodies.length > 0) arrived();
    },
    progress: (p) => progress.push(p),
  });
  const listedAtOpen = session.articles().length - changes.reduce((n, c) => n + c.bodies.length, 0);
  if (closeAfterFirst) void firstBatch.then(() => session.close());
  return { session, listedAtOpen, extracted: () => changes.reduce((n, c) => n + c.bodies.length, 0), firstBatch, progress };
}

test('a library closed half way through its first index keeps what was extracted: reopened, only the rest is extracted', async () => {
  cacheRoot = path.join(dir, 'cache-1');
  const first = await openLibrary(true);
  await first.firstBatch;
  await first.session.close();
  const kept = first.extracted();
  assert.ok(kept > 0 && kept < FILES, `closed half way: ${kept} of ${FILES} extracted`);

  const again = await openLibrary(false);
  await again.session.ready;
  assert.equal(again.listedAtOpen, kept, 'what the first session extracted is listed at once, from the cache');
  assert.equal(again.extracted(), FILES - kept, 'only the files the first session did not reach are extracted');
  assert.equal(again.session.articles().length, FILES);
  await again.session.close();
});

test('a session opening the same folder while the last one is closing waits for its save', async () => {
  cacheRoot = path.join(dir, 'cache-2');
  const first = await openLibrary(false);
  await first.firstBatch;
  // Not awaited, as when the same folder is opened again at once: the new session must not read the
  // cache before the closing one has saved it, nor write beside it.
  const closing = first.session.close();
  const again = await openLibrary(false);
  await closing;
  const kept = first.extracted();
  await again.session.ready;
  assert.equal(again.listedAtOpen, kept, 'the new session read the cache the closing one saved');
  assert.equal(again.extracted(), FILES - kept);
  const ids = again.session.articles().map((a) => a.id);
  assert.equal(new Set(ids).size, FILES);
  // Every body reads back whole from the one cache both sessions wrote, one after the other.
  for (const id of ids) assert.ok(again.session.article(id).paragraphs.length > 0, id);
  await again.session.close();
});

test('a cancelled run goes on where it stopped when resumed, and stays shown as cancelled while the watcher’s changes are read', async () => {
  cacheRoot = path.join(dir, 'cache-3');
  const library_ = await openLibrary(false);
  const { session, progress } = library_;
  await library_.firstBatch;
  session.cancel();
  await session.ready;
  const stopped = session.progress;
  assert.equal(stopped.state, 'cancelled');
  assert.ok(stopped.done > 0 && stopped.done < FILES, `stopped at ${stopped.done} of ${FILES}`);
  const kept = library_.extracted();

  // A file added meanwhile is read (the watcher's change), and the cancel is shown again after it.
  await writeFile(path.join(library, 'added-meanwhile.txt'), `${await readFile(path.join(SEEDS_DIR, seedFiles()[0] as string), 'utf8')}\nAdded while indexing was stopped.\n`);
  await session.refresh(['added-meanwhile.txt']);
  assert.equal(library_.extracted(), kept + 1, 'the added file is extracted');
  assert.deepEqual(session.progress, stopped, 'the cancelled run is shown again, its Resume offered');
  assert.deepEqual(progress.at(-1), stopped, 'and the listener was told');

  await session.resume();
  await session.ready;
  assert.equal(session.progress.state, 'done');
  assert.equal(session.progress.done, FILES + 1);
  assert.equal(session.articles().length, FILES + 1, 'every file listed');
  assert.equal(library_.extracted(), FILES + 1, 'each file extracted once: the resumed run read only those the cancel left');
  await session.resume(); // nothing left to resume: a no-op
  assert.equal(session.progress.state, 'done');
  await session.close();
  await rm(path.join(library, 'added-meanwhile.txt'));
});

test('a library opened while another is still indexing gets every article when the other closes', async () => {
  cacheRoot = path.join(dir, 'cache-4');
  const other = path.join(dir, 'other');
  await mkdir(other);
  const seed = await readFile(path.join(SEEDS_DIR, seedFiles()[1] as string), 'utf8');
  const OTHER_FILES = 48; // enough for the pool
  for (let i = 0; i < OTHER_FILES; i++) await writeFile(path.join(other, `other-${i}.txt`), `${seed}\nOther library, story ${i}.\n`);
  const first = await openLibrary(false);
  await first.firstBatch;
  // As the app opens another folder: the new session first, then the last one closed.
  const second = await LibrarySession.open(other, false, cacheRoot, pool, { annotated: () => false, changed: () => undefined, progress: () => undefined });
  await first.session.close();
  await second.ready;
  assert.equal(second.articles().length, OTHER_FILES, 'the closing library cancelled its own batches, not the new one’s');
  assert.equal(second.progress.done, OTHER_FILES);
  await second.close();
});
