// Runs in Node. Answers an all-words (AND) query over MiniSearch's own inverted index and keeps only
// the best few results.
//
// Why by hand: MiniSearch's `search()` builds an object (score, terms, per-term match lists) for every
// matching document, merges those maps term by term and sorts them all, to return 50. A word being
// typed ("sta…") in a library of 10,000 articles expands to dozens of words and tens of thousands of
// postings, and that bookkeeping took ~80 ms a keystroke. Here scores add up in typed arrays indexed
// by MiniSearch's short document ids; a document that lacks an earlier word is skipped before it is
// scored; only the top `limit` become objects. Scoring is MiniSearch's: the same BM25 formula and
// parameters, the same prefix and typo weights, the same field boosts (a test checks that both
// rank alike). Indexing, tokenising, prefix and typo lookup stay MiniSearch's.
import type MiniSearch from 'minisearch';
import { engineInternals, type EngineInternals, type FieldData } from './engine-internals.js';

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

export interface RankedResult {
  /** The document's id as given to MiniSearch. */
  id: string;
  score: number;
  /** The index words this document matched (the prefix and typo expansions), for snippets. */
  terms: string[];
  /** The document's stored fields. */
  stored: Readonly<Record<string, unknown>>;
}

// MiniSearch's defaults (minisearch 7.2: `defaultSearchOptions`, `defaultBM25params`).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

interface Expansion {
  word: string;
  weight: number;
  data: FieldData;
}

/** The index words a query term stands for, each with MiniSearch's weight for how it matched. */
function expansionsOf(index: EngineInternals['_index'], query: QueryTerm): Expansion[] {
  const expansions: Expansion[] = [];
  const exact = index.get(query.term);
  if (exact) expansions.push({ word: query.term, weight: 1, data: exact });
  const byPrefix = new Set<string>();
  if (query.prefix) {
    for (const [word, data] of index.atPrefix(query.term)) {
      const distance = word.length - query.term.length;
      if (distance === 0) continue;
      byPrefix.add(word);
      expansions.push({ word, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance), data });
    }
  }
  if (query.maxEdits > 0) {
    for (const [word, [data, distance]] of index.fuzzyGet(query.term, query.maxEdits)) {
      if (distance === 0 || byPrefix.has(word)) continue;
      expansions.push({ word, weight: (FUZZY_WEIGHT * word.length) / (word.length + distance), data });
    }
  }
  return expansions;
}

/** The best `limit` documents holding every query term, best first; null when the engine's
 * internals are not the shape this was written for (the caller then uses MiniSearch's search). */
export function rankQuery<T>(engine: MiniSearch<T>, query: readonly QueryTerm[], options: RankOptions): RankedResult[] | null {
  const internals = engineInternals(engine);
  if (!internals) return null;
  if (query.length === 0) return [];
  const size = internals._nextId;
  const scores = new Float64Array(size);
  // How many query terms (in order) each document has matched so far: term i only scores documents
  // that matched terms 0…i-1, since the others can no longer hold every term.
  const matched = new Uint16Array(size);
  const touched: number[] = [];
  const norms = lengthNorms(internals);
  const fields = Object.entries(internals._fieldIds).map(([name, id]) => ({ id, boost: options.boosts[name] ?? 1, norm: norms[id] ?? new Float64Array(size) }));
  const totalDocs = internals._documentCount;
  const expansionsPerTerm = query.map((term) => expansionsOf(internals._index, term));

  expansionsPerTerm.forEach((expansions, i) => {
    for (const { weight, data } of expansions) {
      for (const field of fields) {
        const postings = data.get(field.id);
        if (!postings) continue;
        const idf = Math.log(1 + (totalDocs - postings.size + 0.5) / (postings.size + 0.5));
        const factor = weight * field.boost * idf;
        // forEach, not for…of: no [key, value] array per posting for the garbage collector.
        postings.forEach((frequency, doc) => {
          const seen = matched[doc] ?? 0;
          if (seen < i) return;
          if (seen === i) {
            matched[doc] = i + 1;
            if (i === 0) touched.push(doc);
          }
          const saturation = (frequency * (BM25.k + 1)) / (frequency + (field.norm[doc] ?? 0));
          scores[doc] = (scores[doc] ?? 0) + factor * (BM25.d + saturation);
        });
      }
    }
  });

  const all = query.length;
  const best = topDocuments(touched, options.limit, (doc) => (matched[doc] === all && internals._documentIds.has(doc) ? (scores[doc] ?? 0) : null));
  return best.map((doc) => ({
    id: internals._documentIds.get(doc) ?? '',
    // MiniSearch multiplies by the number of query terms matched (all of them, here).
    score: (scores[doc] ?? 0) * all,
    terms: matchedWords(doc, expansionsPerTerm),
    stored: internals._storedFields.get(doc) ?? {},
  }));
}

/** The `limit` documents with the highest scores, best first (equal scores: lower id first); a
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

const normCache = new WeakMap<object, { nextId: number; count: number; norms: Float64Array[] }>();

/** Per field, BM25's length normalisation of every document (k·(1 − b + b·length/average)), in a
 * typed array rather than a map lookup per posting. Recomputed only when documents were added:
 * MiniSearch gives every added document a new short id; removing one changes the average. */
function lengthNorms(internals: EngineInternals): Float64Array[] {
  const cached = normCache.get(internals._fieldLength);
  if (cached && cached.nextId === internals._nextId && cached.count === internals._documentCount) return cached.norms;
  const norms = Object.values(internals._fieldIds).map(() => new Float64Array(internals._nextId));
  for (const [doc, lengths] of internals._fieldLength) {
    lengths.forEach((length, field) => {
      const average = internals._avgFieldLength[field] || 1;
      const norm = norms[field];
      if (norm) norm[doc] = BM25.k * (1 - BM25.b + (BM25.b * length) / average);
    });
  }
  normCache.set(internals._fieldLength, { nextId: internals._nextId, count: internals._documentCount, norms });
  return norms;
}

function matchedWords(doc: number, expansionsPerTerm: readonly Expansion[][]): string[] {
  const words = new Set<string>();
  for (const expansions of expansionsPerTerm) {
    for (const { word, data } of expansions) {
      for (const postings of data.values()) {
        if (postings.has(doc)) {
          words.add(word);
          break;
        }
      }
    }
  }
  return [...words];
}
