// Runs in Node (tests). The index cache survives a reopen line for line, and a damaged or foreign
// manifest is rebuilt from nothing rather than misread.
import assert from 'node:assert/strict';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { bodyLine } from './bodies-file.js';
import { HASHES } from './duplicates.js';
import { readSignatures, writeSignatures } from './signatures-file.js';
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

/** A cache for its own folder with `count` files, each with a body, saved and closed. */
async function savedWithBodies(library: string, count: number, stamp: string): Promise<void> {
  const cache = await IndexCache.open(root, library, stamp);
  for (let i = 0; i < count; i++) cache.files.set(entry(i).file, { ...entry(i), problem: null, body: cache.appendBody({ paragraphs: [`Story ${i} says ${'so '.repeat(i % 50)}`], comments: [] }) });
  await cache.save();
  cache.close();
}

test('bodies come back for the files they were written for', async () => {
  const library = '/library/bodies';
  await savedWithBodies(library, 40, 'stamp-a');
  const again = await IndexCache.open(root, library, 'stamp-a');
  const ref = again.files.get('story-7.txt')?.body;
  assert.ok(ref);
  assert.deepEqual(again.readBody(ref).paragraphs, [`Story 7 says ${'so '.repeat(7)}`]);
  again.close();
});

test('a batch of bodies written at once comes back body for body, among bodies written one by one', async () => {
  const cache = await IndexCache.open(root, '/library/batched', 'stamp-a');
  const first = cache.appendBody({ paragraphs: ['Written alone, first.'], comments: [] });
  const batch = Array.from({ length: 9 }, (_, i) => ({ paragraphs: [`Story ${i} of the batch, ${'é'.repeat(i)}.`], comments: i % 3 ? [] : [`A comment on ${i}.`] }));
  const refs = cache.appendBodyLines(batch.map((body) => bodyLine(body)));
  const last = cache.appendBody({ paragraphs: ['Written alone, after the batch.'], comments: [] });
  assert.deepEqual(refs.map((ref) => cache.readBody(ref)), batch);
  assert.deepEqual(cache.readBody(first).paragraphs, ['Written alone, first.']);
  assert.deepEqual(cache.readBody(last).paragraphs, ['Written alone, after the batch.']);
  assert.deepEqual(cache.appendBodyLines([]), []);
  cache.close();
});

test('a manifest is never read against bodies it was not saved with: they are extracted again', async () => {
  const library = '/library/switched';
  await savedWithBodies(library, 40, 'stamp-a');
  // Another version (another extractor) starts the bodies afresh and quits before it saves.
  const other = await IndexCache.open(root, library, 'stamp-b');
  other.appendBody({ paragraphs: ['A body the other version wrote.'], comments: [] });
  other.close();
  const back = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(back.files.size, 0, 'nothing reused: its bodies would be another file\'s text');
  assert.equal(back.takeEarlier().length, 0, 'these entries had no article to recognise');
  back.close();

  // Bodies cut short (a disk that filled up, a copy that stopped).
  const cut = '/library/cut';
  await savedWithBodies(cut, 40, 'stamp-a');
  const bodies = path.join(IndexCache.dirFor(root, cut), 'bodies.jsonl');
  await truncate(bodies, (await stat(bodies)).size - 10);
  const truncated = await IndexCache.open(root, cut, 'stamp-a');
  assert.equal(truncated.files.size, 0);
  truncated.close();
});

test('compacting the bodies keeps every live body readable, after a reopen too', async () => {
  const library = '/library/compacted';
  const cache = await IndexCache.open(root, library, 'stamp-a');
  // Over 1 MB of bodies, of which only the last version of each file is live: more than half waste.
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 200; i++) cache.files.set(entry(i).file, { ...entry(i), problem: null, body: cache.appendBody({ paragraphs: [`Round ${round} of story ${i}. ${'Filler text. '.repeat(200)}`], comments: [] }) });
  }
  await cache.save();
  cache.close();
  const before = (await stat(path.join(IndexCache.dirFor(root, library), 'bodies.jsonl'))).size;
  const compacted = await IndexCache.open(root, library, 'stamp-a');
  const after = (await stat(path.join(IndexCache.dirFor(root, library), 'bodies.jsonl'))).size;
  assert.ok(after < before / 2, `the bodies file shrank (${before} → ${after} bytes)`);
  compacted.close();
  const reopened = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(reopened.files.size, 200);
  for (const i of [0, 99, 199]) {
    const ref = reopened.files.get(`story-${i}.txt`)?.body;
    assert.ok(ref);
    assert.ok(reopened.readBody(ref).paragraphs[0]?.startsWith(`Round 2 of story ${i}.`));
  }
  reopened.close();
});

test('a cache from before bodies files were named is extracted again, its articles still recognised', async () => {
  const library = '/library/older';
  const dir = IndexCache.dirFor(root, library);
  await mkdir(dir, { recursive: true });
  const article = { title: 'A story', id: 'a1b2c3d4e5f60718', file: 'story.txt' } as unknown as CachedFile['article'];
  const older = { ...entry(1), file: 'story.txt', problem: null, article, body: { offset: 0, length: 40 } };
  await writeFile(path.join(dir, 'manifest.jsonl'), `${JSON.stringify({ version: 2, stamp: 'stamp-a', folder: library })}\n${JSON.stringify(older)}\n`);
  await writeFile(path.join(dir, 'bodies.jsonl'), `${JSON.stringify({ paragraphs: ['Its body.'], comments: [] })}\n`);
  const cache = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(cache.files.size, 0, 'its bodies file names no manifest: not reused');
  assert.deepEqual(cache.takeEarlier().map((e) => [e.file, e.body]), [['story.txt', null]], 'a rename while the app was closed is still recognised');
  cache.close();
});

test('signatures come back with their entries, and signatures not saved with the manifest are never used', async () => {
  const library = '/library/signed';
  const signed = (i: number): Uint32Array | null => (i % 3 === 0 ? null : Uint32Array.from({ length: HASHES }, (_, k) => (i * 7919 + k * 104_729) >>> 0));
  const cache = await IndexCache.open(root, library, 'stamp-a');
  for (let i = 0; i < 700; i++) cache.files.set(entry(i).file, { ...entry(i), problem: null, signature: signed(i), body: cache.appendBody({ paragraphs: [`Story ${i}.`], comments: [] }) });
  await cache.save();
  cache.close();
  const dir = IndexCache.dirFor(root, library);
  assert.ok(!(await readFile(path.join(dir, 'manifest.jsonl'), 'utf8')).includes('"signature"'), 'the manifest holds no signature text');
  const again = await IndexCache.open(root, library, 'stamp-a');
  // Read only when first needed: a reopen that finds nothing changed lists without them.
  assert.equal(again.files.get('story-1.txt')?.signature, null);
  await again.signaturesRead;
  for (const i of [0, 1, 2, 350, 699]) assert.deepEqual(again.files.get(`story-${i}.txt`)?.signature ?? null, signed(i), `story ${i}`);
  again.close();

  // A signatures file from another save (a crash between the two renames), or cut short.
  const saved = await readFile(path.join(dir, 'signatures.bin'));
  await writeFile(path.join(dir, 'signatures.bin'), saved.subarray(0, saved.length - 512));
  const cut = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(cut.files.size, 0, 'extracted again: copies would otherwise go unlinked');
  assert.equal(cut.takeEarlier().length, 0);
  cut.close();
});

test('a large signatures file reads back whole, record for record, though it is read in slices', async () => {
  const file = path.join(root, 'many-signatures.bin');
  const count = 25_001;
  const signed = (i: number): Uint32Array | null => (i % 1000 === 7 ? null : Uint32Array.from({ length: HASHES }, (_, k) => (i * 31 + k + 1) >>> 0));
  writeSignatures(file, 'many', Array.from({ length: count }, (_, i) => signed(i)), count);
  const read = await readSignatures(file, 'many', count);
  assert.equal(read.length, count);
  for (const i of [0, 7, 9_999, 10_000, 10_007, 19_999, 20_000, 25_000]) assert.deepEqual(read[i] ?? null, signed(i), `record ${i}`);
});

test('two saves asked for at once are written one after the other, and agree with each other', async () => {
  const library = '/library/saved-twice';
  const cache = await IndexCache.open(root, library, 'stamp-a');
  const sig = Uint32Array.from({ length: HASHES }, (_, k) => k + 1);
  for (let i = 0; i < 600; i++) cache.files.set(entry(i).file, { ...entry(i), signature: sig, body: cache.appendBody({ paragraphs: ['A body.'], comments: [] }) });
  const first = cache.save();
  cache.files.delete('story-0.txt');
  await Promise.all([first, cache.save()]);
  cache.close();
  const again = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(again.files.size, 599, 'the later save is the one kept');
  await again.signaturesRead;
  assert.deepEqual(again.files.get('story-599.txt')?.signature, sig);
  again.close();
  assert.deepEqual((await readdir(IndexCache.dirFor(root, library))).filter((f) => f.endsWith('.tmp')), []);
});

test('a cache from before signatures had a file of their own is extracted again, its articles still recognised', async () => {
  const library = '/library/inline-signatures';
  const dir = IndexCache.dirFor(root, library);
  await mkdir(dir, { recursive: true });
  const bodies = `${JSON.stringify({ bodies: 'b1' })}\n`;
  const article = { title: 'A story', id: 'a1b2c3d4e5f60718', file: 'story.txt' } as unknown as CachedFile['article'];
  const line = { ...entry(1), file: 'story.txt', problem: null, article, signature: 'AAAA', body: { offset: bodies.length, length: 10 } };
  await writeFile(path.join(dir, 'manifest.jsonl'), `${JSON.stringify({ version: 3, stamp: 'stamp-a', folder: library, bodies: 'b1', bodiesSize: bodies.length + 10 })}\n${JSON.stringify(line)}\n`);
  await writeFile(path.join(dir, 'bodies.jsonl'), `${bodies}{"p":[]}\n\n`);
  const cache = await IndexCache.open(root, library, 'stamp-a');
  assert.equal(cache.files.size, 0);
  assert.deepEqual(cache.takeEarlier().map((e) => [e.file, e.signature, e.body]), [['story.txt', null, null]]);
  cache.close();
});

test('temporaries of a save cut short by a process that died are removed when the cache opens; a running one’s are kept', async () => {
  const library = '/library/crashed-save';
  const dir = IndexCache.dirFor(root, library);
  await mkdir(dir, { recursive: true });
  // A pid far above any Linux pid_max: no such process.
  await writeFile(path.join(dir, 'signatures.bin.4999999.2.tmp'), 'left by a crash');
  await writeFile(path.join(dir, `manifest.jsonl.${process.pid}.9.tmp`), 'this process is running');
  const cache = await IndexCache.open(root, library, 'stamp-a');
  cache.close();
  assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.tmp')), [`manifest.jsonl.${process.pid}.9.tmp`]);
  await rm(path.join(dir, `manifest.jsonl.${process.pid}.9.tmp`));
});
