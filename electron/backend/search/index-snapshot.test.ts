// Runs in Node (tests). A search index written to disk and read back answers as the one written,
// over the seeds and a few hundred synthetic articles; a snapshot that is damaged, cut short or
// written for other code or another bodies file is refused, never half read.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bodyText } from '../indexer/article.js';
import { indexLibrary } from '../indexer/index-library.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { readSnapshot, writeSnapshot, type Snapshot } from './index-snapshot.js';
import { SearchIndex, type SearchableArticle } from './search-index.js';

const WORDS = 'alliance missile shield treaty summit minister radar europe defence talks interceptor frigate'.split(' ');
const QUERIES = ['Kaliningrad', 'Rasmusen', 'legal guarantees', 'missile defense', 'interceptor frigate', 'summit', 'radar europe', 'zzzz'];

describe('a search index snapshot', () => {
  let dir: string;
  let file: string;
  let bodies: Map<string, string>;
  /** The index written: built, then changed (dead postings and a note in it). */
  let original: SearchIndex;
  /** The same articles and note built afresh: what the snapshot read back should answer as. */
  let fresh: SearchIndex;
  const snapshotOf = (index: SearchIndex): Snapshot => ({
    stamp: 'code-1',
    bodiesId: 'bodies-1',
    index: index.state(),
    places: new Map([...bodies.keys()].map((id, i) => [id, `${i * 100}:100`])),
  });
  const NOTE = { note: 'my private word quokka', highlights: [] };
  /** The snapshot read back; its annotations given again, as the app gives them from the store, unless `bare`. */
  const restored = (read: ReturnType<typeof readSnapshot>, bare = false): SearchIndex => {
    assert.ok(read.ok, `read: ${read.ok ? '' : read.problem}`);
    const index = new SearchIndex((id) => bodies.get(id) ?? '');
    index.restore(read.snapshot.index);
    if (!bare) index.setAnnotations('doc-3', NOTE);
    return index;
  };

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-snapshot-'));
    file = path.join(dir, 'search-index.bin');
    const seeds: SearchableArticle[] = (await indexLibrary(BUNDLED_LIBRARY)).articles.map((a) => ({ id: a.id, title: a.title, site: a.site, body: bodyText(a.paragraphs) }));
    const synthetic: SearchableArticle[] = Array.from({ length: 400 }, (_, i) => ({
      id: `doc-${i}`,
      title: `Report ${i} on ${WORDS[i % WORDS.length]}`,
      site: i % 3 === 0 ? 'Example News' : null,
      body: Array.from({ length: 80 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ') + (i % 50 === 0 ? ' Kaliningrad.' : '.'),
    }));
    bodies = new Map([...seeds, ...synthetic].map((a) => [a.id, a.body]));
    original = new SearchIndex((id) => bodies.get(id) ?? '');
    original.upsert([...seeds, ...synthetic]);
    // Changes before the snapshot: a replaced article and a removed one leave dead postings behind.
    original.upsert([{ id: 'doc-1', title: 'Report 1 rewritten', site: null, body: 'A frigate carrying interceptor missiles sailed.' }]);
    bodies.set('doc-1', 'A frigate carrying interceptor missiles sailed.');
    original.remove(['doc-2']);
    bodies.delete('doc-2');
    // Annotations are not kept: the store gives them again.
    original.setAnnotations('doc-3', NOTE);
    await writeSnapshot(file, snapshotOf(original));
    fresh = new SearchIndex((id) => bodies.get(id) ?? '');
    const rewritten = { id: 'doc-1', title: 'Report 1 rewritten', site: null, body: bodies.get('doc-1') ?? '' };
    fresh.upsert([...seeds, ...synthetic.filter((a) => a.id !== 'doc-1' && a.id !== 'doc-2'), rewritten]);
    fresh.setAnnotations('doc-3', NOTE);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('read back, it finds the same articles, ranked and marked the same, for every query', () => {
    const index = restored(readSnapshot(file, 'code-1', 'bodies-1'));
    for (const query of [...QUERIES, 'quokka', 'Report 1', 'Report 2']) assert.deepEqual(index.search(query), fresh.search(query), query);
    assert.ok(index.search('Kaliningrad').length >= 8, 'the seeds and the synthetic articles are both found');
  });

  test('a note is not in the snapshot: it is found once the store gives it again', () => {
    assert.deepEqual(restored(readSnapshot(file, 'code-1', 'bodies-1'), true).search('quokka'), []);
    assert.equal(restored(readSnapshot(file, 'code-1', 'bodies-1')).search('quokka')[0]?.kind, 'note');
  });

  test('read back, it keeps each article’s place for the worker to check against the library', () => {
    const read = readSnapshot(file, 'code-1', 'bodies-1');
    assert.ok(read.ok);
    assert.equal(read.snapshot.places.get('doc-0'), snapshotOf(original).places.get('doc-0'));
    assert.equal(read.snapshot.places.has('doc-2'), false, 'a removed article is not in it');
  });

  test('read back, it takes changes as the original does: an added, a replaced and a removed article', () => {
    const index = restored(readSnapshot(file, 'code-1', 'bodies-1'));
    for (const each of [fresh, index]) {
      each.upsert([
        { id: 'doc-new', title: 'A new capture', site: null, body: 'The quokka treaty was signed.' },
        { id: 'doc-5', title: 'Report 5 rewritten', site: null, body: 'Nothing about the old words.' },
      ]);
      each.remove(['doc-6']);
    }
    bodies.set('doc-new', 'The quokka treaty was signed.');
    bodies.set('doc-5', 'Nothing about the old words.');
    for (const query of [...QUERIES, 'quokka treaty', 'Report 5', 'Report 6']) assert.deepEqual(index.search(query), fresh.search(query), query);
  });

  test('a state taken while the index is pinned is written as taken, though most articles are removed meanwhile', async () => {
    // The worker answers searches, and takes changes, while it writes (a megabyte at a time).
    const docs: SearchableArticle[] = Array.from({ length: 1_200 }, (_, i) => ({ id: `p-${i}`, title: `Pinned ${i}`, site: null, body: `${WORDS[i % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]} marker${i % 7}.` }));
    for (const doc of docs) bodies.set(doc.id, doc.body);
    const index = new SearchIndex((id) => bodies.get(id) ?? '');
    index.upsert(docs);
    const queries = ['marker3', 'alliance summit', 'Pinned 1100', 'radar'];
    const before = queries.map((query) => index.search(query));
    const release = index.pin();
    const state = index.state();
    // Enough removals to sweep the discarded postings, were the index not pinned.
    index.remove(docs.slice(0, 900).map((doc) => doc.id));
    const pinnedFile = path.join(dir, 'pinned.bin');
    await writeSnapshot(pinnedFile, { stamp: 'code-1', bodiesId: 'bodies-1', index: state, places: new Map() });
    release();
    const read = readSnapshot(pinnedFile, 'code-1', 'bodies-1');
    assert.ok(read.ok);
    const restoredIndex = new SearchIndex((id) => bodies.get(id) ?? '');
    restoredIndex.restore(read.snapshot.index);
    assert.deepEqual(queries.map((query) => restoredIndex.search(query)), before);
  });

  test('written for other search code or another bodies file, it is stale and not used', () => {
    assert.deepEqual(readSnapshot(file, 'code-2', 'bodies-1'), { ok: false, problem: 'stale' });
    assert.deepEqual(readSnapshot(file, 'code-1', 'bodies-2'), { ok: false, problem: 'stale' });
  });

  test('missing, damaged anywhere, cut short or not a snapshot at all, it is refused', async () => {
    assert.deepEqual(readSnapshot(path.join(dir, 'absent.bin'), 'code-1', 'bodies-1'), { ok: false, problem: 'none' });
    const bytes = await readFile(file);
    const damaged = path.join(dir, 'damaged.bin');
    for (const at of [bytes.length - 3, Math.floor(bytes.length * 0.75), 10]) {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x55;
      await writeFile(damaged, copy);
      assert.deepEqual(readSnapshot(damaged, 'code-1', 'bodies-1'), { ok: false, problem: 'damaged' }, `a byte changed at ${at}`);
    }
    for (const cut of [bytes.subarray(0, bytes.length - 4), bytes.subarray(0, 6), Buffer.from('{"not":"a snapshot"}')]) {
      await writeFile(damaged, cut);
      assert.deepEqual(readSnapshot(damaged, 'code-1', 'bodies-1'), { ok: false, problem: 'damaged' });
    }
  });
});
