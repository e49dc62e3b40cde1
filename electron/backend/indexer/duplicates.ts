// Runs in Node. Finds syndicated copies: the same story published by several sites, possibly with
// a dateline added or removed, a sentence edited, or a leftover line of boilerplate.
//
// Bodies are compared as sets of word 5-grams ("shingles"), which are specific to one text: two
// different stories on the same subject share names and phrases but few 5-word sequences. MinHash
// signatures estimate the Jaccard similarity of those sets, and LSH banding only compares articles
// that agree on a whole band, so the work stays near-linear (fine for 100k articles).
import { shingleHash, wordTokens } from './text-utils.js';

export interface DuplicateCandidate {
  id: string;
  paragraphs: readonly string[];
  site: string | null;
  source: string | null;
  published: string | null;
  file: string;
}

const SHINGLE = 5;
const HASHES = 128;
const BANDS = 32; // 32 bands of 4 rows: pairs above ~0.45 similarity almost always meet in a band
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity above which two bodies are the same story. */
export const SIMILARITY = 0.5;
/** Only the start of an enormous body is signed: a capture that long is not a news article anyway. */
const MAX_TOKENS = 50_000;
/** Bucket members compared one by one at most; keeps a thousand identical copies linear. */
const MAX_COMPARE = 8;

/** Seeds for the HASHES hash functions, fixed so signatures are reproducible. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds[i] = x >>> 0;
  }
  return seeds;
})();

/** murmur3's finaliser: turns (shingle hash ^ seed) into an independent-looking 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature of a body, or null when it has no words. */
export function signature(paragraphs: readonly string[]): Uint32Array | null {
  const tokens = wordTokens(paragraphs.join('\n')).slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  const shingles = new Set<number>();
  const size = Math.min(SHINGLE, tokens.length);
  for (let i = 0; i + size <= tokens.length; i++) shingles.add(shingleHash(tokens, i, size));
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const v = mix(s ^ (SEEDS[k] ?? 0));
      if (v < (sig[k] ?? 0)) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

const simplify = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The agency's own page: its site is (one of) the credited source(s). */
function isAgencyOwn(a: SignedCandidate): boolean {
  if (!a.site || !a.source) return false;
  const site = simplify(a.site);
  return a.source.split(',').some((part) => simplify(part) === site && site !== '');
}

/** What grouping needs of an article once its body's signature is known (computed in a worker). */
export type SignedCandidate = Omit<DuplicateCandidate, 'paragraphs'> & { signature: Uint32Array | null };

/** Canonical copy: the agency's own page, else the earliest published, else the first file name. */
function canonicalOf<T extends SignedCandidate>(group: readonly T[]): T {
  return [...group].sort((a, b) => {
    const own = Number(isAgencyOwn(b)) - Number(isAgencyOwn(a));
    if (own !== 0) return own;
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1; // ISO-like text sorts chronologically
    }
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  })[0] as T;
}

/** Maps the id of every copy to the id of its group's canonical article (canonicals are absent). */
export function findDuplicates(articles: readonly DuplicateCandidate[]): Map<string, string> {
  return findSignedDuplicates(articles.map((a) => ({ ...a, signature: signature(a.paragraphs) })));
}

/** findDuplicates over precomputed signatures: the bodies need not be in memory. */
/** A 32-bit hash of one band's rows of a signature. */
function bandKey(sig: Uint32Array, band: number): number {
  let h = 0x811c9dc5;
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = Math.imul(h ^ (sig[r] ?? 0), 0x01000193);
  return mix(h);
}

export function findSignedDuplicates(articles: readonly SignedCandidate[]): Map<string, string> {
  const sigs = articles.map((a) => a.signature);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };

  // Per band, a numeric key → the first article with it, or all of them once several share it. A
  // string key per article and band (the obvious way) held 3.2 million strings for 100,000 articles,
  // ~500 MB. Two bands' rows that hash alike by chance only cost one similarity check.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number | number[]>());
  sigs.forEach((sig, i) => {
    if (!sig) return;
    buckets.forEach((bucket, band) => {
      const key = bandKey(sig, band);
      const members = bucket.get(key);
      if (members === undefined) {
        bucket.set(key, i);
        return;
      }
      const list = typeof members === 'number' ? [members] : members;
      for (const j of list.slice(0, MAX_COMPARE)) {
        const other = sigs[j];
        if (other && find(i) !== find(j) && similarity(sig, other) >= SIMILARITY) parent[find(i)] = find(j);
      }
      list.push(i);
      if (list !== members) bucket.set(key, list);
    });
  });

  const groups = new Map<number, SignedCandidate[]>();
  articles.forEach((a, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  });
  const result = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const canonical = canonicalOf(group);
    for (const a of group) if (a.id !== canonical.id) result.set(a.id, canonical.id);
  }
  return result;
}
