// Runs in Node (unit tests). The search client and its real worker while a large library is added:
// a search does not wait for the whole library, changes keep their order, a new library starts clean.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { bodyLine } from '../indexer/bodies-file.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { LibrarySearch, type SearchDoc } from './library-search.js';

const WORDS = 'alliance missile shield treaty summit minister radar europe defence talks'.split(' ');
/** `count` articles of plain prose; `marked` ones also hold `word`. */
function library(count: number, word: string, marked: ReadonlySet<number>): SearchDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    title: `Report ${i}`,
    site: 'Example News',
    body: `${Array.from({ length: 60 }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]).join(' ')}${marked.has(i) ? ` ${word}` : ''}.`,
    ref: null,
  }));
}

describe('the search client while a library is added', () => {
  let search: LibrarySearch;
  let backlog: number[];
  /** Articles with a note (the store's records), by id. */
  let notes: Map<string, string>;
  let waiters: Array<() => void>;
  /** Settles at the next report that nothing is left to index. */
  const drained = () => new Promise<void>((resolve) => waiters.push(resolve));

  beforeEach(() => {
    backlog = [];
    notes = new Map();
    waiters = [];
    search = new LibrarySearch(
      (id) => (notes.has(id) ? ({ note: { text: notes.get(id) }, highlights: [] } as unknown as ArticleRecord) : undefined),
      (pending) => {
        backlog.push(pending);
        if (pending === 0) for (const resolve of waiters.splice(0)) resolve();
      },
    );
    search.reset(null);
  });
  afterEach(() => search.close());

  const ids = async (query: string) => (await search.search(query)).map((hit) => hit.articleId).sort();

  test('a search answers from what is indexed so far, without waiting for the rest; once all is in, it finds everything', async () => {
    const done = drained();
    search.upsert(library(3_000, 'zephyrine', new Set([0, 2_999])));
    assert.equal(search.pending, 3_000);
    const early = await ids('zephyrine');
    const pendingWhenAnswered = search.pending;
    assert.ok(pendingWhenAnswered >= 2_000, `answered with ${pendingWhenAnswered} articles still to index`);
    assert.deepEqual(early, ['doc-0'], 'the first batch is searchable, the last not yet');
    await done;
    assert.equal(search.pending, 0);
    assert.deepEqual(await ids('zephyrine'), ['doc-0', 'doc-2999']);
    assert.ok(backlog.every((pending, i) => i === 0 || pending <= (backlog[i - 1] ?? Infinity)), 'the backlog only shrinks');
  });

  test('a removal keeps its place among the additions still waiting', async () => {
    const done = drained();
    const docs = library(1_000, 'quillwort', new Set([500]));
    search.upsert(docs);
    search.remove(['doc-500']);
    search.upsert(library(1_001, 'quillwort', new Set([1_000])).slice(1_000));
    await done;
    assert.deepEqual(await ids('quillwort'), ['doc-1000'], 'removed after it was added, not before');
  });

  test('a new library drops the old one’s backlog', async () => {
    search.upsert(library(3_000, 'tamarisk', new Set([2_500])));
    search.reset(null);
    assert.equal(search.pending, 0);
    const done = drained();
    search.upsert([{ id: 'fresh', title: 'Fresh', site: null, body: 'tamarisk groves', ref: null }]);
    await done;
    assert.deepEqual(await ids('tamarisk'), ['fresh']);
    assert.equal(search.pending, 0);
  });

  test('a note made while a removal waits in the backlog is still found once everything is in', async () => {
    const done = drained();
    search.upsert(library(1_000, 'unused', new Set()));
    // The file went and came back (same id) while the index was still being built, and got a note.
    search.remove(['doc-5']);
    search.upsert(library(6, 'unused', new Set()).slice(5));
    notes.set('doc-5', 'kumquat marmalade');
    search.annotationsChanged('doc-5');
    await search.search('kumquat');
    await done;
    assert.deepEqual((await search.search('kumquat')).map((hit) => [hit.kind, hit.articleId]), [['note', 'doc-5']]);
  });

  test('idle settles once every article sent is searchable', async () => {
    await search.idle();
    search.upsert(library(300, 'samphire', new Set([299])));
    await search.idle();
    assert.equal(search.pending, 0);
    assert.deepEqual(await ids('samphire'), ['doc-299']);
  });
});

test('articles whose bodies are read from the bodies file are found, and a damaged body costs only its own words', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-search-bodies-'));
  const search = new LibrarySearch(() => undefined);
  try {
    const good = bodyLine({ paragraphs: ['Saffron harvests in the valley.', 'Second paragraph.'], comments: [] });
    const damaged = bodyLine({ paragraphs: ['Cardamom prices rose sharply.'], comments: [] }).slice(0, 12);
    const file = path.join(dir, 'bodies.jsonl');
    await writeFile(file, Buffer.concat([good, damaged]));
    search.reset(file);
    search.upsert([
      { id: 'good', title: 'Valley report', site: null, body: null, ref: { offset: 0, length: good.length } },
      { id: 'damaged', title: 'Spice markets', site: null, body: null, ref: { offset: good.length, length: damaged.length } },
    ]);
    await search.idle();
    assert.deepEqual((await search.search('saffron')).map((hit) => hit.articleId), ['good']);
    assert.deepEqual((await search.search('spice')).map((hit) => hit.articleId), ['damaged'], 'found by its title');
    assert.deepEqual(await search.search('cardamom'), []);
  } finally {
    search.close();
    await rm(dir, { recursive: true, force: true });
  }
});
