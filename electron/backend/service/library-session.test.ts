// Runs in Node (tests). The index cache over real files: an unchanged library is reopened without
// extracting anything; a touched file is read again but not re-extracted (same content hash); a
// changed or new file is extracted; a deleted one leaves; a cache from other extraction code is void;
// a large library is listed from its cache before its folder is checked.
import assert from 'node:assert/strict';
import { appendFile, copyFile, mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ExtractResult, ExtractTask } from '../indexer/extract-job.js';
import { IndexCache } from '../indexer/index-cache.js';
import { SEEDS_DIR, seedFiles } from '../indexer/seeds.fixture.js';
import { WorkerPool, workerScript } from '../indexer/worker-pool.js';
import { LibrarySession, type SessionChange } from './library-session.js';

describe('a library session and its index cache', () => {
  let dir: string;
  let library: string;
  let cacheRoot: string;
  const pool = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-session-'));
    library = path.join(dir, 'library');
    cacheRoot = path.join(dir, 'cache');
    await import('node:fs/promises').then((fs) => fs.mkdir(library));
    for (const file of seedFiles()) await copyFile(path.join(SEEDS_DIR, file), path.join(library, file));
  });
  after(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens the library, waits for indexing, and reports which files were extracted. */
  async function open(): Promise<{ session: LibrarySession; extracted: string[]; removed: string[] }> {
    const changes: SessionChange[] = [];
    const session = await LibrarySession.open(library, false, cacheRoot, pool, { annotated: () => false, changed: (c) => changes.push(c), progress: () => undefined });
    await session.ready;
    const files = new Map(session.articles().map((a) => [a.id, a.file]));
    return { session, extracted: changes.flatMap((c) => c.bodies.map((b) => files.get(b.id) ?? b.id)).sort(), removed: changes.flatMap((c) => c.removed) };
  }

  test('the first open extracts everything; reopening an unchanged library extracts nothing', async () => {
    const first = await open();
    assert.equal(first.extracted.length, seedFiles().length);
    const bodyOfFirst = first.session.article(first.session.articles()[0]?.id ?? '').paragraphs;
    first.session.close();
    const again = await open();
    assert.deepEqual(again.extracted, []);
    assert.equal(again.session.articles().length, seedFiles().length);
    assert.deepEqual(again.session.article(again.session.articles()[0]?.id ?? '').paragraphs, bodyOfFirst, 'bodies come back from the cache');
    assert.equal(again.session.progress.state, 'done');
    again.session.close();
  });

  test('a new mtime with the same content is read again but not re-extracted', async () => {
    const file = path.join(library, seedFiles()[0] as string);
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    const { session, extracted } = await open();
    assert.deepEqual(extracted, []);
    session.close();
    const cache = await IndexCache.open(cacheRoot, library);
    assert.equal(cache.files.get(seedFiles()[0] as string)?.mtimeMs, (await stat(file)).mtimeMs, 'the new mtime is remembered');
    cache.close();
  });

  test('a changed size, or the same size with other content, is extracted again', async () => {
    const [first, second] = seedFiles() as [string, string];
    await appendFile(path.join(library, first), '\nOne more sentence was added to the end of this story by an editor.\n');
    const secondPath = path.join(library, second);
    const text = await readFile(secondPath, 'utf8');
    const info = await stat(secondPath);
    await writeFile(secondPath, text.replace('NATO', 'OTAN'));
    await utimes(secondPath, info.atime, new Date(info.mtimeMs + 5_000));
    assert.equal((await stat(secondPath)).size, info.size, 'same size');
    const { session, extracted } = await open();
    assert.deepEqual(extracted, [first, second].sort());
    session.close();
  });

  test('a deleted file leaves the library; a new one joins it', async () => {
    const [first] = seedFiles() as [string];
    await copyFile(path.join(library, first), path.join(library, 'copy.txt'));
    await unlink(path.join(library, first));
    const { session, extracted, removed } = await open();
    assert.deepEqual(extracted, ['copy.txt']);
    assert.equal(removed.length, 0, 'gone before the session started: simply not listed');
    assert.ok(!session.articles().some((a) => a.file === first));
    session.close();
  });

  test('a large library reopened is listed from its cache at once; a file deleted meanwhile then leaves it, a new one joins it', async () => {
    const [, second] = seedFiles() as [string, string];
    await copyFile(path.join(library, second), path.join(library, 'another copy.txt'));
    await unlink(path.join(library, second));
    const changes: SessionChange[] = [];
    const hooks = { annotated: () => false, changed: (c: SessionChange) => changes.push(c), progress: () => undefined };
    // Every library counts as large here (listed from the cache above 0 files).
    const session = await LibrarySession.open(library, false, cacheRoot, pool, hooks, { listFromCacheAbove: 0 });
    const listedAtOnce = session.articles();
    const deleted = listedAtOnce.find((a) => a.file === second);
    assert.equal(session.checking, true, 'the folder is still being compared with the cache');
    assert.ok(deleted && !listedAtOnce.some((a) => a.file === 'another copy.txt'), 'what the cache knew is listed before the folder is read');
    await session.settled();
    assert.equal(session.checking, false);
    assert.ok(!session.articles().some((a) => a.file === second), 'settled, the list is the folder’s');
    assert.ok(session.articles().some((a) => a.file === 'another copy.txt'));
    await session.ready;
    assert.deepEqual(changes.flatMap((c) => c.removed), [deleted.id], 'the deleted file is announced as removed, once');
    const files = new Map(session.articles().map((a) => [a.id, a.file]));
    assert.deepEqual(changes.flatMap((c) => c.bodies.map((b) => files.get(b.id))), ['another copy.txt'], 'only the new file is extracted');
    session.close();
  });

  test('a large library closed while its folder is checked extracts nothing more, and settles', async () => {
    await copyFile(path.join(library, 'another copy.txt'), path.join(library, 'a third copy.txt'));
    const changes: SessionChange[] = [];
    const session = await LibrarySession.open(library, false, cacheRoot, pool, { annotated: () => false, changed: (c) => changes.push(c), progress: () => undefined }, { listFromCacheAbove: 0 });
    session.close();
    await session.ready;
    assert.deepEqual(changes.flatMap((c) => c.bodies), [], 'the new file waits for the next open');
    const again = await open();
    assert.deepEqual(again.extracted, ['a third copy.txt']);
    again.session.close();
  });

  test('an article whose text in the cache is damaged is read from its file again, and the cache mended', async () => {
    const { session } = await open();
    const [first, second] = session.articles();
    const expected = session.article(first?.id ?? '').paragraphs;
    const damage = async (id: string) => {
      const ref = session.bodyRef(id);
      assert.ok(ref);
      const handle = await import('node:fs/promises').then((fs) => fs.open(path.join(IndexCache.dirFor(cacheRoot, library), 'bodies.jsonl'), 'r+'));
      await handle.write('X', ref.offset + 1);
      await handle.close();
    };
    const damaged = session.bodyRef(first?.id ?? '');
    await damage(first?.id ?? '');
    assert.deepEqual(session.article(first?.id ?? '').paragraphs, expected);
    assert.notDeepEqual(session.bodyRef(first?.id ?? ''), damaged, 'written to the cache anew');
    assert.deepEqual(session.article(first?.id ?? '').paragraphs, expected, 'read from the mended cache');
    // A file changed since it was indexed cannot stand in for its damaged copy: the error says so.
    await damage(second?.id ?? '');
    await appendFile(path.join(library, second?.file ?? ''), '\nA paragraph added since the library was indexed.\n');
    assert.throws(() => session.article(second?.id ?? ''), /could not be read: its file has gone or changed/u);
    session.close();
    await writeFile(path.join(library, second?.file ?? ''), await readFile(path.join(SEEDS_DIR, second?.file ?? '')));
  });

  test('a cache written by other extraction code is not used', async () => {
    const cache = await IndexCache.open(cacheRoot, library, 'another-extractor');
    assert.equal(cache.files.size, 0);
    cache.close();
  });
});

describe('copies of a story as files come and go', () => {
  const pool = new WorkerPool<ExtractTask[], ExtractResult[]>(workerScript('extract-worker'), 1);
  const dirs: string[] = [];
  const changes: SessionChange[] = [];
  const hooks = { annotated: () => false, changed: (c: SessionChange) => changes.push(c), progress: () => undefined };
  const [original, copy, other] = seedFiles() as [string, string, string];

  after(async () => {
    await pool.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** A library folder of the given seed files, and a cache folder for it. */
  async function libraryOf(files: readonly string[]): Promise<{ library: string; cacheRoot: string }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-session-copies-'));
    dirs.push(dir);
    const library = path.join(dir, 'library');
    await import('node:fs/promises').then((fs) => fs.mkdir(library));
    for (const file of files) await copyFile(path.join(SEEDS_DIR, file), path.join(library, file));
    return { library, cacheRoot: path.join(dir, 'cache') };
  }

  async function opened(library: string, cacheRoot: string): Promise<LibrarySession> {
    const session = await LibrarySession.open(library, false, cacheRoot, pool, hooks);
    await session.ready;
    return session;
  }

  const linkOf = (session: LibrarySession, file: string) => session.articles().find((a) => a.file === file)?.duplicateOf;

  test('a copy linked to an original that arrived later keeps its link after a reopen (saved through the journal)', async () => {
    const { library, cacheRoot } = await libraryOf([copy, other]);
    (await opened(library, cacheRoot)).close();
    // Reopened (its manifest kept), the original arrives: the copy, itself unchanged, is linked to it.
    const session = await opened(library, cacheRoot);
    await copyFile(path.join(SEEDS_DIR, original), path.join(library, original));
    await session.refresh([original]);
    const originalId = session.articles().find((a) => a.file === original)?.id;
    assert.ok(originalId && linkOf(session, copy) === originalId, 'linked in the open session');
    session.close();
    const reopened = await opened(library, cacheRoot);
    assert.equal(linkOf(reopened, copy), originalId, 'and after a reopen, from the cache');
    reopened.close();
  });

  test('a copy whose original is deleted is an original again: announced, and so after a reopen', async () => {
    const { library, cacheRoot } = await libraryOf([original, copy, other]);
    const session = await opened(library, cacheRoot);
    assert.ok(linkOf(session, copy), 'a copy to begin with');
    await unlink(path.join(library, original));
    changes.length = 0;
    await session.refresh([original]);
    const unlinked = changes.flatMap((c) => c.upserted).find((a) => a.file === copy);
    assert.equal(unlinked?.duplicateOf, null, 'the copy is announced without its link');
    assert.equal(linkOf(session, copy), null);
    session.close();
    const reopened = await opened(library, cacheRoot);
    assert.equal(linkOf(reopened, copy), null, 'saved so');
    reopened.close();
  });

  test('so too when the original was deleted while the app was closed', async () => {
    const { library, cacheRoot } = await libraryOf([original, copy, other]);
    const session = await opened(library, cacheRoot);
    assert.ok(linkOf(session, copy), 'a copy to begin with');
    session.close();
    await unlink(path.join(library, original));
    const reopened = await opened(library, cacheRoot);
    assert.equal(linkOf(reopened, copy), null);
    reopened.close();
  });
});
