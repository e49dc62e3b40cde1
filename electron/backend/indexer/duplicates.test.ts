// Runs in Node. Syndicated copies are linked to one original; different stories on the same
// subject (all five seeds are about NATO missile defence) are never merged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDuplicates, signature, signedDuplicateSteps, similarity, type DuplicateCandidate, type DuplicateMeta } from './duplicates.js';
import { ITEMS_PER_STEP } from './steps.js';
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

test('thousands of distinct articles on the same few words: none is grouped', () => {
  const words = 'river bridge council road city traffic budget school police market court station hospital park'.split(' ');
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const articles = Array.from({ length: 3000 }, (_, i) =>
    story(`n${i}`, {
      paragraphs: [Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(' ') + '.'],
    }),
  );
  assert.equal(findDuplicates(articles).size, 0);
});

test('linking a large library yields inside each pass over its articles, so the interface keeps answering', () => {
  // 65,536 articles, one copy pair among them: each of the three passes over every article gives
  // the event loop a turn every few thousand (besides the banding's turns), and the pair is found.
  const count = 16 * ITEMS_PER_STEP;
  const original = story('original');
  const body = signature(original.paragraphs);
  const articles: DuplicateMeta[] = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, file: `a${String(i).padStart(6, '0')}.txt`, site: null, source: null, published: null }));
  const signatures: (Uint32Array | null)[] = articles.map(() => null);
  signatures[10] = body;
  signatures[count - 1] = body;
  const steps = signedDuplicateSteps(articles, signatures);
  let yields = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) yields++;
  assert.deepEqual([...step.value], [[`a${count - 1}`, 'a10']]);
  assert.ok(yields >= 3 * (count / ITEMS_PER_STEP), `${yields} steps for ${count} articles`);
});

test('signatures estimate the true overlap of two bodies, long or short', () => {
  let seed = 11;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const word = (): string => `w${Math.floor(random() * 5000)}`;
  const shingles = (tokens: string[]): Set<string> => new Set(tokens.slice(0, tokens.length - 4).map((_, i) => tokens.slice(i, i + 5).join(' ')));
  for (const length of [12, 40, 150, 600, 2500]) {
    for (const kept of [0.2, 0.5, 0.8, 0.95]) {
      const a = Array.from({ length }, word);
      // b keeps a's opening run of words and rewrites the rest: a known, exact shingle overlap.
      const b = [...a.slice(0, Math.round(length * kept)), ...Array.from({ length: length - Math.round(length * kept) }, word)];
      const [sa, sb] = [shingles(a), shingles(b)];
      const exact = [...sa].filter((s) => sb.has(s)).length / new Set([...sa, ...sb]).size;
      const estimate = similarity(signature([a.join(' ')]) as Uint32Array, signature([b.join(' ')]) as Uint32Array);
      assert.ok(Math.abs(estimate - exact) <= 0.2, `${length} words, ${kept} kept: estimated ${estimate.toFixed(2)}, exactly ${exact.toFixed(2)}`);
    }
  }
  const same = signature(['one two three four five six']) as Uint32Array;
  assert.equal(similarity(same, signature(['One two three, four five six.']) as Uint32Array), 1, 'case and punctuation do not matter');
});
