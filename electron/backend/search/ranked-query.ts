// Runs in Node. Answers an all-words (AND) query over the compact index and keeps only the best few.
//
// Scoring is MiniSearch's (7.2), so results rank as they would there: BM25 per field with its
// parameters, field boosts, and its weights for a word matched by prefix or with a typo (a test
// compares the two). What differs is the bookkeeping: MiniSearch builds an object for every
// matching document and sorts them all, which took ~80 ms a keystroke for a word being typed
// ("sta…") in 10,000 articles. Here scores add up in typed arrays; a document lacking an earlier
// word is skipped before it is scored; only the top `limit` become objects.
import type { CompactIndex } from './compact-index.js';
import { countOf, docOf, hasDoc } from './posting-lists.js';

export interface QueryTerm {
  /** A processed index term (lowercase). */
  term: string;
  /** Also match the words it begins. */
  prefix: boolean;
  /** Also match words this many edits away (0: none). */
  maxEdits: number;
}

export interface RankOptions {
  /** Field name → weight (1 when absent). */
  boosts: Readonly<Record<string, number>>;
  limit: number;
}

export interface RankedResult<Stored> {
  key: string;
  score: number;
  /** The index words this document matched (the prefix and typo expansions), for snippets. */
  terms: string[];
  stored: Stored;
}

// MiniSearch's defaults (`defaultSearchOptions.weights`, `defaultBM25params`).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

interface Expansion {
  word: string;
  number: number;
  weight: number;
}

/** The index words a query term stands for, each with MiniSearch's weight for how it matched. */
function expansionsOf<S>(index: CompactIndex<S>, query: QueryTerm): Expansion[] {
  const expansions: Expansion[] = [];
  const exact = index.word(query.term);
  if (exact !== undefined) expansions.push({ word: query.term, number: exact, weight: 1 });
  const byPrefix = new Set<string>();
  if (query.prefix) {
    for (const [word, number] of index.wordsStartingWith(query.term)) {
      const distance = word.length - query.term.length;
      if (distance === 0) continue;
      byPrefix.add(word);
      expansions.push({ word, number, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance) });
    }
  }
  if (query.maxEdits > 0) {
    for (const [word, [number, distance]] of index.wordsNear(query.term, query.maxEdits)) {
      if (distance === 0 || byPrefix.has(word)) continue;
      expansions.push({ word, number, weight: (FUZZY_WEIGHT * word.length) / (word.length + distance) });
    }
  }
  return expansions;
}

/** The best `limit` documents holding every query term, best first. */
export function rankQuery<S>(index: CompactIndex<S>, query: readonly QueryTerm[], options: RankOptions): Array<RankedResult<S>> {
  if (query.length === 0) return [];
  const size = index.docLimit;
  const scores = new Float64Array(size);
  // How many query terms (in order) each document has matched so far: term i only scores documents
  // that matched terms 0…i-1, since the others can no longer hold every term.
  const matched = new Uint16Array(size);
  const touched: number[] = [];
  const totalDocs = index.documentCount;
  const fields = index.fields.map((name, id) => {
    const average = index.averageLength(id) || 1;
    return { id, boost: options.boosts[name] ?? 1, average };
  });
  const expansionsPerTerm = query.map((term) => expansionsOf(index, term));

  expansionsPerTerm.forEach((expansions, i) => {
    for (const { number, weight } of expansions) {
      for (const field of fields) {
        const list = index.postings(field.id, number);
        if (!list) continue;
        const idf = Math.log(1 + (totalDocs - list.length + 0.5) / (list.length + 0.5));
        const factor = weight * field.boost * idf;
        const lengthWeight = (BM25.k * BM25.b) / field.average;
        for (let p = 0; p < list.length; p++) {
          const posting = list.items[p] ?? 0;
          const doc = docOf(posting);
          const seen = matched[doc] ?? 0;
          if (seen < i) continue;
          if (seen === i) {
            matched[doc] = i + 1;
            if (i === 0) touched.push(doc);
          }
          const count = countOf(posting);
          const norm = BM25.k * (1 - BM25.b) + lengthWeight * index.lengthOf(doc, field.id);
          scores[doc] = (scores[doc] ?? 0) + factor * (BM25.d + (count * (BM25.k + 1)) / (count + norm));
        }
      }
    }
  });

  const all = query.length;
  const best = topDocuments(touched, options.limit, (doc) => (matched[doc] === all && index.isLive(doc) ? (scores[doc] ?? 0) : null));
  return best.map((doc) => ({
    key: index.keyOf(doc) ?? '',
    // MiniSearch multiplies by the number of query terms matched (all of them, here).
    score: (scores[doc] ?? 0) * all,
    terms: matchedWords(index, doc, expansionsPerTerm),
    stored: index.storedOf(doc) as S,
  }));
}

/** The `limit` documents with the highest scores, best first (equal scores: lower number first); a
 * null score leaves a document out. One pass keeping a short sorted list: sorting every candidate
 * (thousands for a common word) costs more than the scoring. */
function topDocuments(docs: readonly number[], limit: number, scoreOf: (doc: number) => number | null): number[] {
  const kept: Array<{ doc: number; score: number }> = []; // ascending: worst first
  for (const doc of docs) {
    const score = scoreOf(doc);
    if (score === null) continue;
    const worst = kept[0];
    if (kept.length >= limit && worst && (score < worst.score || (score === worst.score && doc > worst.doc))) continue;
    let at = kept.length;
    while (at > 0) {
      const before = kept[at - 1];
      if (!before || before.score < score || (before.score === score && before.doc > doc)) break;
      at--;
    }
    kept.splice(at, 0, { doc, score });
    if (kept.length > limit) kept.shift();
  }
  return kept.reverse().map((entry) => entry.doc);
}

function matchedWords<S>(index: CompactIndex<S>, doc: number, expansionsPerTerm: readonly Expansion[][]): string[] {
  const words = new Set<string>();
  for (const expansions of expansionsPerTerm) {
    for (const { word, number } of expansions) {
      if (index.fields.some((_, field) => {
        const list = index.postings(field, number);
        return list !== undefined && hasDoc(list, doc);
      })) words.add(word);
    }
  }
  return [...words];
}
