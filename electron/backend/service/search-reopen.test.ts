// Runs in Node (tests). A library opened again through the host is searchable in full at once, from
// the search index it saved beside its index cache; a file changed while the app was closed is then
// found by its new words, not its old ones.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { IndexCache } from '../indexer/index-cache.js';
import { EventHub } from './events.js';
import { LibraryHost } from './library-host.js';

const FILES = 300;
/** A word only article `i` holds (never the beginning of another's, which a search would also find). */
const subjectOf = (i: number) => `zork${i}q`;
const temp = { dir: '', library: '' };
const fileName = (i: number) => `article-${String(i).padStart(4, '0')}.txt`;

/** A capture: a headline, then a story of a few paragraphs, one of them with the article's own word. */
const capture = (i: number, word = subjectOf(i)) =>
  [
    `Council report number ${i} on the river bridge`,
    'The council of the town met on Monday and agreed that the old bridge over the river would be repaired before the winter.',
    'Residents had asked for the repairs for many months, and several of them spoke at the meeting about the long detours they now drive.',
    `The engineers said the work, which they call ${word}, would take about six weeks and cost less than the council had feared.`,
    'A temporary footbridge will be built first, so that the children can still walk to the school on the other bank of the river.',
  ].join('\n\n');

before(async () => {
  temp.dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-search-reopen-'));
  temp.library = path.join(temp.dir, 'library');
  await mkdir(temp.library);
  for (let i = 0; i < FILES; i++) await writeFile(path.join(temp.library, fileName(i)), capture(i));
});
after(() => rm(temp.dir, { recursive: true, force: true }));

test('a library opened again finds every article at once, from its saved search index, and a file changed meanwhile by its new words', async () => {
  const cacheRoot = path.join(temp.dir, 'cache');
  const first = new LibraryHost(cacheRoot, () => undefined, new EventHub());
  try {
    await (await first.open(temp.library, false)).ready;
    await first.search.idle();
    await first.search.save();
  } finally {
    await first.close();
  }
  assert.ok(existsSync(IndexCache.searchIndexFileFor(cacheRoot, temp.library)), 'the index is saved beside the index cache');
  const changed = path.join(temp.library, fileName(7));
  assert.ok((await readFile(changed, 'utf8')).includes(subjectOf(7)));
  await writeFile(changed, capture(7, 'the quokka accord'));

  const again = new LibraryHost(cacheRoot, () => undefined, new EventHub());
  try {
    const session = await again.open(temp.library, false);
    // Asked at once, all together: built from the bodies, only the first hundred would be indexed by
    // the time the first ones answer (library-search.test.ts).
    const fileOf = new Map(session.articles().map((a) => [a.id, a.file]));
    const numbers = Array.from({ length: FILES }, (_, i) => i).filter((i) => i !== 7);
    const found = await Promise.all(numbers.map(async (i) => (await again.search.search(subjectOf(i))).some((hit) => fileOf.get(hit.articleId) === fileName(i))));
    assert.deepEqual(numbers.filter((_, k) => !found[k]), [], 'articles not found at once');
    await session.ready;
    await again.search.idle();
    const files = async (query: string) => (await again.search.search(query)).map((hit) => session.articles().find((a) => a.id === hit.articleId)?.file);
    assert.deepEqual(await files('quokka accord'), ['article-0007.txt']);
    // Its old word now only finds the articles one typo from it (zork1q…), never it.
    assert.ok(!(await files(subjectOf(7))).includes('article-0007.txt'), 'its old words are gone');
  } finally {
    await again.close();
  }
});
