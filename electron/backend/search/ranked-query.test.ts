// Runs in Node (tests). The fast ranked query must rank exactly as MiniSearch's own search does, over
// the real seed paragraphs: same documents, same scores, same order (ties aside), same matched words.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import MiniSearch from 'minisearch';
import { indexLibrary } from '../indexer/index-library.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { engineInternals } from './engine-internals.js';
import { rankQuery, type QueryTerm } from './ranked-query.js';

interface Doc {
  id: string;
  title: string;
  site: string;
  text: string;
}

const boosts = { title: 3, site: 1.5 };
const options = { fields: ['title', 'site', 'text'], storeFields: ['title'] };
const isPrefix = (term: string, i: number, terms: readonly string[]) => i === terms.length - 1 && term.length >= 3;

function queryTerms(query: string, typos: boolean): QueryTerm[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.map((term, i) => ({ term, prefix: isPrefix(term, i, words), maxEdits: typos && term.length > 4 ? 1 : 0 }));
}

/** MiniSearch's own answer, with the options the app uses. */
function reference(engine: MiniSearch<Doc>, query: string, typos: boolean) {
  return engine.search(query, { combineWith: 'AND', boost: boosts, prefix: isPrefix, fuzzy: typos ? (t) => (t.length > 4 ? 0.2 : false) : false, maxFuzzy: 1 });
}

const rounded = (score: number) => score.toPrecision(10);

describe('ranked query', () => {
  let engine: MiniSearch<Doc>;
  let docs: Doc[];

  before(async () => {
    // One document per paragraph: ~150 documents with realistic word frequencies.
    const { articles } = await indexLibrary(BUNDLED_LIBRARY);
    docs = articles.flatMap((a) => a.paragraphs.map((text, i) => ({ id: `${a.id}:${i}`, title: i === 0 ? (a.title ?? '') : '', site: a.site ?? '', text })));
    engine = new MiniSearch<Doc>(options);
    engine.addAll(docs);
  });

  const queries: Array<[string, boolean]> = [
    ['missile', false],
    ['missile def', false],
    ['nato russia', false],
    ['rasmussen said', false],
    ['medvedev', false],
    ['ria', false],
    ['rasmusen', true],
    ['missle defence', true],
    ['missiles deploy', false],
  ];

  for (const [query, typos] of queries) {
    test(`"${query}" (typos ${typos ? 'forgiven' : 'not forgiven'}) ranks as MiniSearch does`, () => {
      const expected = reference(engine, query, typos);
      const actual = rankQuery(engine, queryTerms(query, typos), { boosts, limit: 1000 });
      assert.ok(actual, 'the internals are readable');
      assert.ok(expected.length > 0, 'the query finds something, so the comparison means something');
      assert.deepEqual(actual.map((r) => rounded(r.score)), expected.map((r) => rounded(r.score)));
      assert.deepEqual(new Set(actual.map((r) => r.id)), new Set(expected.map((r) => r.id as string)));
      const byId = new Map(expected.map((r) => [r.id as string, r]));
      for (const result of actual) assert.deepEqual(new Set(result.terms), new Set(byId.get(result.id)?.terms), `matched words of ${result.id}`);
    });
  }

  test('keeps only the best `limit`, best first, and carries stored fields', () => {
    const all = rankQuery(engine, queryTerms('nato', false), { boosts, limit: 1000 }) ?? [];
    const top = rankQuery(engine, queryTerms('nato', false), { boosts, limit: 5 }) ?? [];
    assert.ok(all.length > 5);
    assert.deepEqual(top.map((r) => r.id), all.slice(0, 5).map((r) => r.id));
    assert.ok(top.every((r, i) => i === 0 || (top[i - 1]?.score ?? 0) >= r.score));
    assert.equal(typeof top[0]?.stored.title, 'string');
  });

  test('a discarded document is never returned, and a replaced one is found by its new words', () => {
    const engine2 = new MiniSearch<Doc>(options);
    engine2.addAll(docs);
    const [first] = rankQuery(engine2, queryTerms('kaliningrad', false), { boosts, limit: 50 }) ?? [];
    assert.ok(first);
    engine2.discard(first.id);
    assert.ok(!(rankQuery(engine2, queryTerms('kaliningrad', false), { boosts, limit: 50 }) ?? []).some((r) => r.id === first.id));
    engine2.add({ id: first.id, title: 'Replaced', site: '', text: 'zeppelin over the harbour' });
    assert.deepEqual((rankQuery(engine2, queryTerms('zeppelin', false), { boosts, limit: 50 }) ?? []).map((r) => r.id), [first.id]);
  });

  test('an engine whose internals are not the expected shape is reported, not misread', () => {
    const impostor = { search: () => [] } as unknown as MiniSearch<Doc>;
    assert.equal(engineInternals(impostor), null);
    assert.equal(rankQuery(impostor, queryTerms('nato', false), { boosts, limit: 5 }), null);
  });
});
