// Runs in Node. Finds syndicated copies: the same story published by several sites, possibly with
// a dateline added or removed, a sentence edited, or a leftover line of boilerplate.
//
// Bodies are compared as sets of word 5-grams ("shingles"), which are specific to one text: two
// different stories on the same subject share names and phrases but few 5-word sequences. MinHash
// signatures estimate the Jaccard similarity of those sets, and LSH banding only compares articles
// that agree on a whole band, so the work stays near-linear (fine for 100k articles).
import { bandPairSteps } from './band-pairs.js';
import { mix32 as mix, shingleCount, shingleHashesInto, wordHashes } from './shingles.js';
import { ITEMS_PER_STEP, runAtOnce, type Steps } from './steps.js';

export interface DuplicateCandidate {
  id: string;
  paragraphs: readonly string[];
  site: string | null;
  source: string | null;
  published: string | null;
  file: string;
}

const SHINGLE = 5;
/** Values in a signature. */
export const HASHES = 128;
// 32 bands of 4 rows: pairs above ~0.45 similarity almost always meet in a band.
const BANDING = { bands: 32, rows: HASHES / 32, maxCompare: 8 };
/** Estimated Jaccard similarity above which two bodies are the same story. */
export const SIMILARITY = 0.5;
/** Only the start of an enormous body is signed: a capture that long is not a news article anyway. */
const MAX_TOKENS = 50_000;

const BIN_BITS = 7; // 2^7 = HASHES bins
const EMPTY = 0xffffffff;
const MAX_PROBES = 1024;

/** The filled bin an empty one borrows from: the first filled one on a probe path fixed per bin. */
function donorOf(bin: number, filled: Uint8Array): number {
  for (let attempt = 1; attempt <= MAX_PROBES; attempt++) {
    const from = mix(Math.imul(bin + 1, 0x9e3779b1) ^ attempt) >>> (32 - BIN_BITS);
    if (filled[from]) return from;
  }
  // Only a body with one or two shingles gets here: any filled bin will do, the same way for all.
  let from = bin;
  while (!filled[from]) from = (from + 1) % HASHES;
  return from;
}

/**
 * MinHash signature of a body, or null when it has no words.
 *
 * One-permutation hashing (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle is hashed once; the hash's low bits pick one of the HASHES bins and the bin keeps its
 * smallest hash. Classic MinHash hashed every shingle HASHES times, 13 % of all indexing CPU; this
 * estimates the same Jaccard similarity for one hash per shingle. Bins no shingle fell into (short
 * bodies) borrow the value of a filled bin chosen by a probe sequence fixed per bin, so two bodies
 * agree on a borrowed bin as often as on a real one. Written here: npm's MinHash packages (minhash,
 * grouped-oph) are small one-author projects that take strings; this is a dozen lines over the
 * shingle hashes we already have.
 */
export function signature(paragraphs: readonly string[]): Uint32Array | null {
  return signatureOfWords(wordHashes(paragraphs.join('\n')));
}

/**
 * Shingles of the body being signed, in a buffer reused for every body, as large as any body signs
 * (200 KB): V8 compiled the signer before any body was long enough to grow a smaller one, and threw
 * the compiled code away when the first one did.
 */
let shingles = new Uint32Array(MAX_TOKENS);

/** Which bins of the signature being made were filled: one array for every signature. */
const filled = new Uint8Array(HASHES);

/**
 * signature() of a body given its word hashes (wordHashes of its text), which the indexer has already;
 * written into `room` (HASHES long) when given, else into an array of its own.
 */
export function signatureOfWords(words: Uint32Array, room?: Uint32Array | null): Uint32Array | null {
  const count = Math.min(words.length, MAX_TOKENS);
  const n = shingleCount(count, SHINGLE);
  if (n === 0) return null;
  if (shingles.length < n) shingles = new Uint32Array(Math.max(n, shingles.length * 2));
  shingleHashesInto(words, count, SHINGLE, shingles);
  const sig = (room ?? new Uint32Array(HASHES)).fill(EMPTY);
  for (let i = 0; i < n; i++) {
    const h = shingles[i] ?? 0;
    const bin = h & (HASHES - 1);
    if (h < (sig[bin] ?? 0)) sig[bin] = h;
  }
  // A plain loop: Uint8Array.from with a mapping function went through the iterator protocol,
  // and was nearly half of signing a body.
  for (let bin = 0; bin < HASHES; bin++) filled[bin] = sig[bin] === EMPTY ? 0 : 1;
  for (let bin = 0; bin < HASHES; bin++) if (!filled[bin]) sig[bin] = sig[donorOf(bin, filled)] ?? EMPTY;
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

const simplify = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The agency's own page: its site is (one of) the credited source(s). */
function isAgencyOwn(a: DuplicateMeta): boolean {
  if (!a.site || !a.source) return false;
  const site = simplify(a.site);
  return a.source.split(',').some((part) => simplify(part) === site && site !== '');
}

/** What grouping needs of an article besides its body's signature (an ArticleMeta will do). */
export type DuplicateMeta = Omit<DuplicateCandidate, 'paragraphs'>;

/** Canonical copy: the agency's own page, else the earliest published, else the first file name. */
function canonicalOf<T extends DuplicateMeta>(group: readonly T[]): T {
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
  return findSignedDuplicates(articles, articles.map((a) => signature(a.paragraphs)));
}

/** findDuplicates over precomputed signatures (`signatures[i]` is article i's): the bodies need not be in memory. */
export function findSignedDuplicates(articles: readonly DuplicateMeta[], signatures: readonly (Uint32Array | null)[]): Map<string, string> {
  return runAtOnce(signedDuplicateSteps(articles, signatures));
}

/** findSignedDuplicates in steps (see steps.ts), for the backend's main thread. */
export function* signedDuplicateSteps(articles: readonly DuplicateMeta[], signatures: readonly (Uint32Array | null)[]): Steps<Map<string, string>> {
  // Every pass over all the articles yields now and then: the first linking after a reopen runs
  // before V8 has compiled these loops, and one pass over 100,000 then held the event loop 30–100 ms.
  const parent = new Int32Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    parent[i] = i;
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
  }
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  yield* bandPairSteps(signatures, BANDING, (i, j) => {
    const [a, b] = [signatures[i], signatures[j]];
    if (a && b && find(i) !== find(j) && similarity(a, b) >= SIMILARITY) parent[find(i)] = find(j);
  });
  yield;

  // Only groups of two or more are gathered: a Map entry and an array for every article cost more
  // than the rest of linking at 100,000.
  const sizes = new Int32Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    const root = find(i);
    sizes[root] = (sizes[root] ?? 0) + 1;
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
  }
  yield;
  const groups = new Map<number, DuplicateMeta[]>();
  for (let i = 0; i < articles.length; i++) {
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
    const root = find(i);
    if ((sizes[root] ?? 0) < 2) continue;
    const a = articles[i] as DuplicateMeta;
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  }
  const result = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const canonical = canonicalOf(group);
    for (const a of group) if (a.id !== canonical.id) result.set(a.id, canonical.id);
  }
  return result;
}
