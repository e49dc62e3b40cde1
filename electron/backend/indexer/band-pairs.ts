// Runs in Node. The candidate pairs of MinHash banding (LSH): articles that agree on every row of
// one band of their signatures. Only those are compared, which keeps finding copies near-linear.
import { mix32 } from './shingles.js';
import { ITEMS_PER_STEP, runAtOnce, type Steps } from './steps.js';

export interface Banding {
  bands: number;
  rows: number;
  /** Members of one bucket each article is compared with at most: a thousand identical copies stay linear. */
  maxCompare: number;
}

/** A 32-bit hash of one band's rows of a signature. */
export function bandKey(sig: Uint32Array, band: number, rows: number): number {
  let h = 0x811c9dc5;
  for (let r = band * rows; r < band * rows + rows; r++) h = Math.imul(h ^ (sig[r] ?? 0), 0x01000193);
  return mix32(h);
}

/**
 * Calls `pair(i, j)` for each article i and each of the first `maxCompare` earlier articles j
 * (earlier by index) that agree with it on all of one band's rows; articles without a signature
 * take no part. Band by band, each article is looked up in a hash table of the band's buckets that
 * remembers a bucket's first `maxCompare` members. Sorting every band's keys instead cost about
 * 1 ms per band per 10,000 articles (two thirds of linking copies, 0.4 s at 100,000, after every
 * change the folder watcher reports); a Map of arrays per band held 3.2 million entries at 100,000.
 */
export function forEachBandPair(sigs: readonly (Uint32Array | null)[], banding: Banding, pair: (i: number, j: number) => void): void {
  runAtOnce(bandPairSteps(sigs, banding, pair));
}

/** forEachBandPair in steps (see steps.ts): one per few thousand articles' keys, and per few thousand of a band's articles. */
export function* bandPairSteps(sigs: readonly (Uint32Array | null)[], banding: Banding, pair: (i: number, j: number) => void): Steps<void> {
  const { bands, rows, maxCompare } = banding;
  let signed = 0;
  for (const sig of sigs) if (sig) signed++;
  if (signed < 2) return;
  let capacity = 16;
  while (capacity < 2 * signed) capacity *= 2;
  const mask = capacity - 1;
  /** Bucket number + 1 at each slot of the open-addressing table (0: empty). */
  const slots = new Int32Array(capacity);
  const keys = new Uint32Array(signed);
  const counts = new Int32Array(signed);
  const members = new Int32Array(signed * maxCompare);
  // Every band's key of every signed article first, band after band: reading each signature once,
  // in order, and each band's keys in order too, is faster than visiting every signature per band.
  const signedIndex = new Int32Array(signed);
  const bandKeys = new Uint32Array(bands * signed);
  for (let i = 0, s = 0; i < sigs.length; i++) {
    const sig = sigs[i];
    if (!sig) continue;
    signedIndex[s] = i;
    for (let band = 0; band < bands; band++) bandKeys[band * signed + s] = bandKey(sig, band, rows);
    if (++s % ITEMS_PER_STEP === 0) yield;
  }
  for (let band = 0; band < bands; band++) {
    slots.fill(0);
    let buckets = 0;
    for (let s = 0; s < signed; s++) {
      const i = signedIndex[s] ?? 0;
      const key = bandKeys[band * signed + s] ?? 0;
      let slot = key & mask;
      let bucket = (slots[slot] ?? 0) - 1;
      while (bucket >= 0 && keys[bucket] !== key) {
        slot = (slot + 1) & mask;
        bucket = (slots[slot] ?? 0) - 1;
      }
      if (bucket < 0) {
        bucket = buckets++;
        slots[slot] = bucket + 1;
        keys[bucket] = key;
        counts[bucket] = 0;
      }
      const count = counts[bucket] ?? 0;
      const first = bucket * maxCompare;
      for (let k = 0; k < count; k++) pair(i, members[first + k] ?? 0);
      if (count < maxCompare) {
        members[first + count] = i;
        counts[bucket] = count + 1;
      }
      if ((s + 1) % ITEMS_PER_STEP === 0) yield;
    }
    yield;
  }
}
