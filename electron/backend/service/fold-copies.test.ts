// Runs in Node (tests). Search results on versions of one story fold into one when they match in the
// same words, and name the other sites; different words, other stories, notes and highlights do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchHit } from '../../common/contract.js';
import { foldCopies } from './fold-copies.js';

const hit = (articleId: string, site: string, snippet: string, kind: SearchHit['kind'] = 'article'): SearchHit => ({
  kind,
  articleId,
  highlightId: kind === 'highlight' ? `h-${articleId}` : null,
  title: 'NATO Hopes for Missile Defense Accord with Russia',
  site,
  snippet,
  marks: [[0, 5]],
  position: kind === 'article' ? 10 : null,
  length: kind === 'article' ? 5 : 0,
  terms: ['legal'],
  score: 1,
});
/** ria is the original; atom and another copy are its syndicated copies; tass is another story. */
const stories: Record<string, string> = { ria: 'ria', atom: 'ria', copy: 'ria', tass: 'tass' };
const storyOf = (id: string) => stories[id] ?? null;

test("copies matching in the same words fold into their original, at the best one's rank, naming their sites", () => {
  const same = '…grant Russia legal guarantees that the system…';
  const folded = foldCopies([hit('atom', 'AtomInfo.Ru', same), hit('tass', 'TASS', same), hit('ria', 'RIA Novosti', same), hit('copy', 'Other Site', same)], storyOf);
  assert.deepEqual(
    folded.map((h) => [h.articleId, h.site, h.alsoIn]),
    [
      ['ria', 'RIA Novosti', ['AtomInfo.Ru', 'Other Site']],
      ['tass', 'TASS', undefined],
    ],
  );
  // Without the original among them, the best copy stands for the others.
  const copies = foldCopies([hit('copy', 'Other Site', same), hit('atom', 'AtomInfo.Ru', same)], storyOf);
  assert.deepEqual(copies.map((h) => [h.articleId, h.alsoIn]), [['copy', ['AtomInfo.Ru']]]);
});

test('a copy whose words differ where it matched, a note on a copy and an unknown article stay results of their own', () => {
  const hits = [hit('ria', 'RIA Novosti', 'legal guarantees, the minister said'), hit('atom', 'AtomInfo.Ru', 'legal guarantees, he said'), hit('atom', 'AtomInfo.Ru', 'legal guarantees, the minister said', 'note'), hit('gone', 'Nowhere', 'legal guarantees, the minister said')];
  const folded = foldCopies(hits, storyOf);
  assert.equal(folded.length, 4);
  assert.ok(folded.every((h) => h.alsoIn === undefined));
});

test('the hits given are left as they were', () => {
  const hits = [hit('ria', 'RIA Novosti', 'same words'), hit('atom', 'AtomInfo.Ru', 'same words')];
  foldCopies(hits, storyOf);
  assert.equal(hits[0]?.alsoIn, undefined);
});
