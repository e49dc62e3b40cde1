// Runs in Node (tests). The compact index with its ranked query must rank exactly as MiniSearch's own
// search does, over the real seed paragraphs: same documents, same scores, same order (ties aside),
// same matched words; and forget discarded documents.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import MiniSearch from 'minisearch';
import { indexLibrary } from '../indexer/index-library.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { CompactIndex } from './compact-index.js';
import { rankQuery, type QueryTerm } from './ranked-query.js';

interface Doc {
  id: string;
  title: string;
  site: string;
  text: string;
}

const boosts = { title: 3, site: 1.5 };
const FIELDS = ['title', 'site', 'text'];
const options = { fields: FIELDS, storeFields: ['title'] };
const lowercase = (term: string) => term.toLowerCase();

function compactOf(docs: readonly Doc[]): CompactIndex<{ title: string }> {
  const index = new CompactIndex<{ title: string }>(FIELDS, lowercase);
  for (const doc of docs) index.add(doc.id, [doc.title, doc.site, doc.text], { title: doc.title });
  return index;
}
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
  let compact: CompactIndex<{ title: string }>;
  let docs: Doc[];

  before(async () => {
    // One document per paragraph: ~150 documents with realistic word frequencies.
    const { articles } = await indexLibrary(BUNDLED_LIBRARY);
    docs = articles.flatMap((a) => a.paragraphs.map((text, i) => ({ id: `${a.id}:${i}`, title: i === 0 ? (a.title ?? '') : '', site: a.site ?? '', text })));
    engine = new MiniSearch<Doc>(options);
    engine.addAll(docs);
    compact = compactOf(docs);
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
      const actual = rankQuery(compact, queryTerms(query, typos), { boosts, limit: 1000 });
      assert.ok(expected.length > 0, 'the query finds something, so the comparison means something');
      assert.deepEqual(actual.map((r) => rounded(r.score)), expected.map((r) => rounded(r.score)));
      assert.deepEqual(new Set(actual.map((r) => r.key)), new Set(expected.map((r) => r.id as string)));
      const byId = new Map(expected.map((r) => [r.id as string, r]));
      for (const result of actual) assert.deepEqual(new Set(result.terms), new Set(byId.get(result.key)?.terms), `matched words of ${result.key}`);
    });
  }

  test('keeps only the best `limit`, best first, and carries stored fields', () => {
    const all = rankQuery(compact, queryTerms('nato', false), { boosts, limit: 1000 });
    const top = rankQuery(compact, queryTerms('nato', false), { boosts, limit: 5 });
    assert.ok(all.length > 5);
    assert.deepEqual(top.map((r) => r.key), all.slice(0, 5).map((r) => r.key));
    assert.ok(top.every((r, i) => i === 0 || (top[i - 1]?.score ?? 0) >= r.score));
    assert.equal(typeof top[0]?.stored.title, 'string');
  });

  test('a discarded document is never returned, a replaced one is found by its new words only, and sweeping changes no ranking', () => {
    const index = compactOf(docs);
    const [first] = rankQuery(index, queryTerms('kaliningrad', false), { boosts, limit: 50 });
    assert.ok(first);
    index.discard(first.key);
    assert.ok(!rankQuery(index, queryTerms('kaliningrad', false), { boosts, limit: 50 }).some((r) => r.key === first.key));
    index.add(first.key, ['Replaced', '', 'zeppelin over the harbour'], { title: 'Replaced' });
    assert.deepEqual(rankQuery(index, queryTerms('zeppelin', false), { boosts, limit: 50 }).map((r) => r.key), [first.key]);
    const before = rankQuery(index, queryTerms('missile def', false), { boosts, limit: 50 }).map((r) => r.key);
    index.vacuum();
    assert.deepEqual(rankQuery(index, queryTerms('missile def', false), { boosts, limit: 50 }).map((r) => r.key), before);
    assert.equal(index.documentCount, docs.length);
  });

  test('a word said more than 255 times in one document still counts (as 255), and a cleared index finds nothing', () => {
    const index = new CompactIndex<{ title: string }>(FIELDS, lowercase);
    index.add('long', ['', '', 'echo '.repeat(1000)], { title: '' });
    index.add('short', ['', '', 'echo once'], { title: '' });
    assert.deepEqual(rankQuery(index, queryTerms('echo', false), { boosts, limit: 5 }).map((r) => r.key), ['long', 'short']);
    index.clear();
    assert.deepEqual(rankQuery(index, queryTerms('echo', false), { boosts, limit: 5 }), []);
  });
});
