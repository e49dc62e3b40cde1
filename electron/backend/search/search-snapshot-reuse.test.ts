// Runs in Node (unit tests). The search client and its real worker with a saved index: a library
// opened again is searchable in full at once, a changed body is indexed again, an article gone is
// dropped, and an index saved for another bodies file, or damaged, is built again from the bodies.
import assert from 'node:assert/strict';
import { closeSync, openSync, watch, writeSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bodyLine, startBodies } from '../indexer/bodies-file.js';
import { LibrarySearch, type SearchDoc } from './library-search.js';

const WORDS = 'alliance missile shield treaty summit minister radar europe defence talks'.split(' ');
const COUNT = 2_000;

/** A bodies file of `COUNT` articles (the last one also mentions `word`), and their search docs. */
function writeBodies(file: string, word: string): SearchDoc[] {
  const fd = openSync(file, 'w');
  let { length: offset } = startBodies(fd);
  const docs = Array.from({ length: COUNT }, (_, i): SearchDoc => {
    const text = `${Array.from({ length: 60 }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]).join(' ')}${i === COUNT - 1 ? ` ${word}` : ''}.`;
    const line = bodyLine({ paragraphs: [text], comments: [] });
    writeSync(fd, line, 0, line.length, offset);
    const ref = { offset, length: line.length };
    offset += line.length;
    return { id: `doc-${i}`, title: `Report ${i}`, site: null, body: null, ref };
  });
  closeSync(fd);
  return docs;
}

/** Appends a body to the bodies file; its place. */
function appendBody(file: string, text: string, at: number): { offset: number; length: number } {
  const line = bodyLine({ paragraphs: [text], comments: [] });
  const fd = openSync(file, 'r+');
  writeSync(fd, line, 0, line.length, at);
  closeSync(fd);
  return { offset: at, length: line.length };
}

describe('a library opened again, with the search index it saved', () => {
  let dir: string;
  let bodies: string;
  let snapshot: string;
  let docs: SearchDoc[];
  const opened: LibrarySearch[] = [];
  /** A search client on the library's bodies, resumed from its snapshot file, every doc in `sent` upserted. */
  function open(sent: readonly SearchDoc[]): LibrarySearch {
    const search = new LibrarySearch(() => undefined);
    opened.push(search);
    search.reset(bodies);
    search.resume(snapshot);
    search.upsert(sent);
    search.settled();
    return search;
  }
  const ids = async (search: LibrarySearch, query: string) => (await search.search(query)).map((hit) => hit.articleId).sort();

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-search-reuse-'));
    bodies = path.join(dir, 'bodies.jsonl');
    snapshot = path.join(dir, 'search-index.bin');
    docs = writeBodies(bodies, 'zephyrine');
    const first = open(docs);
    await first.idle();
    await first.save();
    await first.close();
  });
  after(async () => {
    await Promise.all(opened.map((search) => search.close()));
    await rm(dir, { recursive: true, force: true });
  });

  test('the index is saved by itself once nothing has changed it for a while', { timeout: 30_000 }, async () => {
    const folder = await mkdtemp(path.join(dir, 'auto-'));
    const own = path.join(folder, 'search-index.bin');
    const written = new Promise<void>((resolve) => {
      const watcher = watch(folder, (_, name) => {
        if (name !== 'search-index.bin') return;
        watcher.close();
        resolve();
      });
    });
    const search = new LibrarySearch(() => undefined, undefined, 0);
    search.reset(bodies);
    search.resume(own);
    search.upsert(docs);
    search.settled();
    await written;
    await search.close();
    const again = new LibrarySearch(() => undefined, undefined, Infinity);
    again.reset(bodies);
    again.resume(own);
    again.upsert(docs);
    assert.deepEqual(await ids(again, 'zephyrine'), [`doc-${COUNT - 1}`], 'found at once, from the index saved');
    await again.close();
  });

  test('every article is found at once, before a single body is read again', async () => {
    const search = open(docs);
    // Without the saved index the last article's batch is still waiting here (library-search.test.ts).
    assert.ok(search.pending >= COUNT - 100, `${search.pending} pending`);
    assert.deepEqual(await ids(search, 'zephyrine'), [`doc-${COUNT - 1}`]);
    const [hit] = await search.search('zephyrine');
    assert.ok(hit?.snippet.includes('zephyrine'), 'the snippet is read from the body');
    await search.idle();
    assert.deepEqual(await ids(search, 'zephyrine'), [`doc-${COUNT - 1}`]);
    await search.close();
  });

  test('an article whose body changed is found by its new words only; one not sent again is gone', async () => {
    const size = (await readFile(bodies)).length;
    const changed = { ...(docs[5] as SearchDoc), ref: appendBody(bodies, 'The quokka accord was signed in the valley.', size) };
    const search = open([...docs.slice(0, 5), changed, ...docs.slice(6, COUNT - 1)]);
    await search.idle();
    assert.deepEqual(await ids(search, 'quokka accord'), ['doc-5']);
    assert.deepEqual(await ids(search, 'zephyrine'), [], 'the article not sent again is dropped');
    await search.close();
  });

  test('an article sent before the resume (a change reported as the library opened) is not replaced by the saved ones', async () => {
    const search = new LibrarySearch(() => undefined, undefined, Infinity);
    opened.push(search);
    search.reset(bodies);
    search.upsert([{ id: 'early', title: 'An early change', site: null, body: 'The quokka regatta was held on the lake.', ref: null }]);
    await search.idle();
    search.resume(snapshot);
    search.upsert(docs);
    search.settled();
    await search.idle();
    assert.deepEqual(await ids(search, 'quokka regatta'), ['early']);
    assert.deepEqual(await ids(search, 'zephyrine'), [`doc-${COUNT - 1}`]);
    await search.close();
  });

  test('saved for another bodies file (the cache started afresh), it is not used: the bodies are read again', async () => {
    const copy = path.join(dir, 'bodies-copy.jsonl');
    const others = writeBodies(copy, 'marmalade');
    const search = new LibrarySearch(() => undefined);
    opened.push(search);
    search.reset(copy);
    search.resume(snapshot);
    search.upsert(others);
    search.settled();
    await search.idle();
    assert.deepEqual(await ids(search, 'marmalade'), [`doc-${COUNT - 1}`]);
    assert.deepEqual(await ids(search, 'zephyrine'), []);
    await search.close();
  });

  test('damaged, it is not used: the library is searchable as it was, once its bodies are read again', async () => {
    const bytes = await readFile(snapshot);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    await writeFile(snapshot, bytes);
    const search = open(docs);
    assert.deepEqual(await ids(search, 'zephyrine'), [], 'not found at once: the index is being built');
    await search.idle();
    assert.deepEqual(await ids(search, 'zephyrine'), [`doc-${COUNT - 1}`]);
    await search.close();
  });
});
