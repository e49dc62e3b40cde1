// Runs in Node. The banding's candidate pairs are exactly those of the plain definition: per band,
// a bucket's members in index order, each compared with the bucket's first few earlier members.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKey, forEachBandPair, type Banding } from './band-pairs.js';

const BANDING: Banding = { bands: 4, rows: 2, maxCompare: 3 };

/** The definition, with a Map of arrays per band: obviously right, too slow and large for 100,000. */
function referencePairs(sigs: readonly (Uint32Array | null)[], banding: Banding): string[] {
  const pairs: string[] = [];
  for (let band = 0; band < banding.bands; band++) {
    const buckets = new Map<number, number[]>();
    sigs.forEach((sig, i) => {
      if (!sig) return;
      const key = bandKey(sig, band, banding.rows);
      const bucket = buckets.get(key) ?? [];
      for (const j of bucket.slice(0, banding.maxCompare)) pairs.push(`${band}:${i}-${j}`);
      bucket.push(i);
      buckets.set(key, bucket);
    });
  }
  return pairs.sort();
}

function pairsOf(sigs: readonly (Uint32Array | null)[], banding: Banding): string[] {
  const pairs: string[] = [];
  let band = 0;
  let last = -1;
  forEachBandPair(sigs, banding, (i, j) => {
    // A band's pairs come in increasing i; a smaller i than the last one means the next band began.
    if (i < last) band++;
    last = i;
    pairs.push(`${band}:${i}-${j}`);
  });
  return pairs.sort();
}

test('every article meets the first earlier members of each bucket it falls in, and no others', () => {
  let seed = 5;
  const random = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  // Few distinct values per row: many buckets hold more members than are compared; some articles
  // have no signature (no text) and take no part.
  const sigs = Array.from({ length: 400 }, (_, i) => (i % 17 === 0 ? null : Uint32Array.from({ length: 8 }, () => random(3))));
  const expected = referencePairs(sigs, BANDING);
  assert.ok(expected.length > 1000, 'the sample has crowded buckets');
  assert.deepEqual(pairsOf(sigs, BANDING), expected);
});

test('articles that share no band are never paired', () => {
  const sigs = Array.from({ length: 50 }, (_, i) => Uint32Array.from({ length: 8 }, (_, r) => i * 8 + r));
  assert.deepEqual(pairsOf(sigs, BANDING), []);
  assert.deepEqual(pairsOf([sigs[0] ?? null, null], BANDING), []);
});
