// Runs in Node. Syndicated copies are linked to one original; different stories on the same
// subject (all five seeds are about NATO missile defence) are never merged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDuplicates, type DuplicateCandidate } from './duplicates.js';
import { extractText } from './extract-text.js';
import { readSeed, seedFiles } from './seeds.fixture.js';

function seedCandidates(): DuplicateCandidate[] {
  return seedFiles().map((file) => ({ id: file.slice(0, 3), file, ...extractText(readSeed(file)) }));
}

test('the AtomInfo.Ru republication (001) is a copy of the RIA Novosti original (000); nothing else is grouped', () => {
  const copies = findDuplicates(seedCandidates());
  assert.deepEqual([...copies], [['001', '000']]);
});

test('the result does not depend on the order of the articles', () => {
  const copies = findDuplicates(seedCandidates().reverse());
  assert.deepEqual([...copies], [['001', '000']]);
});

test('small edits, a dropped dateline and a leftover boilerplate line still count as the same story', () => {
  const original = seedCandidates()[0] as DuplicateCandidate;
  const paragraphs = [...original.paragraphs];
  paragraphs[0] = (paragraphs[0] ?? '').replace(/^.*? – /, '');
  paragraphs[3] = 'Russia and NATO agreed in November 2010, at the Lisbon summit, to cooperate on the European missile defense system.';
  paragraphs.push('Share this article with your friends on social media.');
  const edited = { ...original, id: 'edited', file: 'zzz.txt', site: 'Example', source: null, published: null, paragraphs };
  assert.deepEqual([...findDuplicates([original, edited])], [['edited', original.id]]);
});

const story = (id: string, extra: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id,
  file: `${id}.txt`,
  site: null,
  source: null,
  published: null,
  paragraphs: [
    'The city council voted on Monday to close the old bridge over the river for repairs that are expected to last two years.',
    'Drivers will be sent along the ring road, which the council says can carry the extra traffic without long delays.',
  ],
  ...extra,
});

test('canonical copy: the agency’s own page first, then the earliest published, then the first file name', () => {
  const own = findDuplicates([
    story('a', { published: '2013-01-01' }),
    story('b', { site: 'Xinhua', source: 'Xinhua', published: '2013-02-01' }),
  ]);
  assert.deepEqual([...own], [['a', 'b']]);
  const earliest = findDuplicates([story('a', { published: '2013-02-01T10:00' }), story('b'), story('c', { published: '2013-01-31' })]);
  assert.deepEqual([...earliest].sort(), [['a', 'c'], ['b', 'c']]);
  const byName = findDuplicates([story('b'), story('a')]);
  assert.deepEqual([...byName], [['b', 'a']]);
});

test('articles without text are never duplicates of each other', () => {
  assert.equal(findDuplicates([story('a', { paragraphs: [] }), story('b', { paragraphs: [] })]).size, 0);
});

test('thousands of distinct articles are compared quickly and none is grouped', () => {
  const words = 'river bridge council road city traffic budget school police market court station hospital park'.split(' ');
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const articles = Array.from({ length: 3000 }, (_, i) =>
    story(`n${i}`, {
      paragraphs: [Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(' ') + '.'],
    }),
  );
  const started = performance.now();
  const copies = findDuplicates(articles);
  assert.equal(copies.size, 0);
  assert.ok(performance.now() - started < 10_000);
});
