// Runs in Node (tests). A save after a few changes appends them to the journal instead of rewriting
// the manifest; a reopen reads both as one. A journal cut short, or one that extends another
// manifest, never puts a wrong entry in the cache.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { HASHES } from './duplicates.js';
import { IndexCache, type CachedFile } from './index-cache.js';

let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-journal-'));
});
after(() => rm(root, { recursive: true, force: true }));

const signatureOf = (i: number): Uint32Array => Uint32Array.from({ length: HASHES }, (_, k) => (i * 7919 + k * 104_729 + 1) >>> 0);

function entry(cache: IndexCache, i: number, text = `Story ${i}.`): CachedFile {
  return { file: `story-${i}.txt`, size: 100 + i, mtimeMs: 1_700_000_000_000 + i, hash: `h${i}`, article: null, problem: null, signature: signatureOf(i), body: cache.appendBody({ paragraphs: [text], comments: [] }) };
}

/** A cache of `count` files saved whole, then `change` applied and saved again; returns its folder. */
async function savedThenChanged(library: string, count: number, change: (cache: IndexCache) => void): Promise<string> {
  const cache = await IndexCache.open(root, library, 'stamp');
  for (let i = 0; i < count; i++) cache.files.set(`story-${i}.txt`, entry(cache, i));
  await cache.save();
  change(cache);
  await cache.save();
  cache.close();
  return IndexCache.dirFor(root, library);
}

/** The paragraphs the cache holds for `file`; undefined when it has no entry or no body. */
function paragraphsOf(cache: IndexCache, file: string): string[] | undefined {
  const body = cache.files.get(file)?.body;
  return body ? cache.readBody(body).paragraphs : undefined;
}

const journalFiles = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((f) => f.includes('journal'));

async function reopened(library: string): Promise<IndexCache> {
  const cache = await IndexCache.open(root, library, 'stamp');
  await cache.signaturesRead;
  return cache;
}

test('a few changes are appended to the journal, the manifest left as it was, and a reopen sees them all', async () => {
  const library = '/library/journaled';
  const dir = await savedThenChanged(library, 2000, (cache) => {
    cache.files.set('story-5.txt', entry(cache, 5, 'Story 5, edited.'));
    cache.files.delete('story-6.txt');
    cache.files.set('story-new.txt', { ...entry(cache, 9999), file: 'story-new.txt' });
  });
  const manifest = await readFile(path.join(dir, 'manifest.jsonl'), 'utf8');
  assert.ok(manifest.includes('"story-6.txt"') && !manifest.includes('story-new.txt'), 'the manifest is the first save’s');
  assert.ok((await stat(path.join(dir, 'manifest.journal.jsonl'))).size < 10_000, 'the journal holds only the three changes');

  const cache = await reopened(library);
  assert.equal(cache.files.size, 2000);
  assert.equal(cache.files.has('story-6.txt'), false, 'a removal is kept');
  assert.deepEqual(paragraphsOf(cache, 'story-5.txt'), ['Story 5, edited.']);
  assert.deepEqual(cache.files.get('story-5.txt')?.signature, signatureOf(5), 'a journaled entry keeps its signature');
  assert.deepEqual(cache.files.get('story-new.txt')?.signature, signatureOf(9999));
  assert.deepEqual(cache.files.get('story-1999.txt')?.signature, signatureOf(1999), 'the manifest’s entries keep theirs');
  // Reopened, the journal is extended, not started afresh.
  cache.files.delete('story-7.txt');
  await cache.save();
  cache.close();
  const again = await reopened(library);
  assert.equal(again.files.has('story-7.txt') || again.files.has('story-6.txt'), false);
  assert.equal(again.files.size, 1999);
  again.close();
});

test('a long journal is folded into a new manifest', async () => {
  const library = '/library/folded';
  const dir = await savedThenChanged(library, 600, (cache) => {
    for (let i = 0; i < 600; i++) cache.files.set(`story-${i}.txt`, entry(cache, i, `Story ${i}, second version.`));
  });
  assert.deepEqual(await journalFiles(dir), [], 'no journal once everything was rewritten');
  const cache = await reopened(library);
  assert.deepEqual(paragraphsOf(cache, 'story-599.txt'), ['Story 599, second version.']);
  cache.close();
});

test('a journal cut short keeps the lines before the cut; the damaged line’s file is as the manifest had it', async () => {
  const library = '/library/cut-journal';
  const dir = await savedThenChanged(library, 50, (cache) => {
    cache.files.set('story-1.txt', entry(cache, 1, 'Story 1, edited.'));
    cache.files.set('story-2.txt', entry(cache, 2, 'Story 2, edited.'));
  });
  const journal = path.join(dir, 'manifest.journal.jsonl');
  await truncate(journal, (await stat(journal)).size - 40);
  const cache = await reopened(library);
  assert.deepEqual(paragraphsOf(cache, 'story-1.txt'), ['Story 1, edited.']);
  // Its stamp is the old file's, so the changed file on disk is extracted again.
  assert.deepEqual(paragraphsOf(cache, 'story-2.txt'), ['Story 2.']);
  assert.equal(cache.files.size, 50);
  // Lines appended after the damaged one would never be read: the next save writes the manifest whole.
  cache.files.set('story-9.txt', entry(cache, 9, 'Story 9, edited.'));
  await cache.save();
  cache.close();
  assert.deepEqual(await journalFiles(dir), [], 'written whole');
  const again = await reopened(library);
  assert.deepEqual(paragraphsOf(again, 'story-9.txt'), ['Story 9, edited.']);
  again.close();
});

test('a journal that extends another manifest, or points past the end of the bodies, puts nothing wrong in the cache', async () => {
  const library = '/library/stale-journal';
  const dir = await savedThenChanged(library, 50, (cache) => cache.files.set('story-3.txt', entry(cache, 3, 'Story 3, edited.')));
  const journal = path.join(dir, 'manifest.journal.jsonl');
  await copyFile(journal, `${journal}.kept`);
  // The manifest is written whole again (a crash then left the old journal behind).
  const cache = await reopened(library);
  for (let i = 0; i < 50; i++) cache.files.set(`story-${i}.txt`, entry(cache, i, `Story ${i}, third version.`));
  for (let i = 100; i < 700; i++) cache.files.set(`story-${i}.txt`, entry(cache, i));
  await cache.save();
  assert.deepEqual(await journalFiles(dir), ['manifest.journal.jsonl.kept'], 'written whole');
  cache.close();
  await copyFile(`${journal}.kept`, journal);
  const again = await reopened(library);
  assert.deepEqual(paragraphsOf(again, 'story-3.txt'), ['Story 3, third version.'], 'the old journal is ignored');
  again.files.set('story-4.txt', entry(again, 4, 'Story 4, fourth version.'));
  await again.save();
  again.close();
  // A journal line whose body is past the end of the bodies file (cut short since).
  const bodies = path.join(dir, 'bodies.jsonl');
  await truncate(bodies, (await stat(bodies)).size - 5);
  const cut = await reopened(library);
  assert.equal(cut.files.has('story-4.txt'), false, 'its body is gone: read again');
  assert.equal(cut.files.size, 649);
  cut.close();
});
