// Runs in Node (tests). Copies are linked over the cache's entries; an entry replaced while the links
// were being worked out keeps what it was given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signature } from '../indexer/duplicates.js';
import type { ArticleMeta, CachedFile } from '../indexer/index-cache.js';
import { linkDuplicates } from './duplicate-links.js';

const BODY = ['The city council voted on Monday to close the old bridge over the river for repairs that are expected to last two years, and drivers will be sent along the ring road.'];

function entry(id: string): CachedFile {
  const article = { id, file: `${id}.txt`, title: id, site: null, source: null, published: null, duplicateOf: null } as unknown as ArticleMeta;
  return { file: `${id}.txt`, size: 1, mtimeMs: 1, hash: id, article, problem: null, signature: signature(BODY), body: { offset: 0, length: 1 } };
}

test('the later file is linked to the earlier one as its copy', async () => {
  const [a, b] = [entry('a'), entry('b')];
  const changed = await linkDuplicates([a, b]);
  assert.deepEqual(changed.map((x) => [x.id, x.duplicateOf]), [['b', 'a']]);
  assert.equal(b.article?.duplicateOf, 'a');
});

test('an entry given another article meanwhile is not overwritten with the old one', async () => {
  const [a, b] = [entry('a'), entry('b')];
  const linking = linkDuplicates([a, b]);
  const edited = { ...(b.article as ArticleMeta), title: 'Edited meanwhile' };
  b.article = edited;
  const changed = await linking;
  assert.equal(b.article, edited, 'the newer article stays');
  assert.deepEqual(changed, []);
});
