// Runs in Node. Hashes of word n-grams ("shingles"): repeats within a page (lines.ts) and copies
// across the library (duplicates.ts) are both found by comparing them. Each word is hashed once and
// an n-gram combines its words' hashes with murmur3's block step, instead of hashing every character
// n times over (a tenth of all indexing CPU before).
import { scanWords, scanned } from './text-utils.js';

/**
 * FNV-1a of each word token of a text, lowercased as wordTokens gives them, without building strings.
 * (Indexing a capture takes its body's hashes from line splitting; this serves the other formats.)
 */
export function wordHashes(text: string): Uint32Array {
  // Scanned first: a longer text gets scanned.hashes anew.
  const count = scanWords(text.toLowerCase());
  return scanned.hashes.slice(0, count);
}

/** murmur3's finaliser: every input bit affects every output bit. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * murmur3's per-block scrambling of each word hash, reused between calls (see shingleHashesInto);
 * as long as the longest body the duplicate signature reads (50,000 words, 200 KB), so that it is
 * not grown after V8 has compiled the code that fills it (which threw that code away).
 */
let blocks = new Int32Array(50_000);

/**
 * A hash for each run of `size` consecutive words (one for all of them when there are fewer), well
 * spread: any of its bits can pick a bucket. Order matters: "a b c" and "c b a" differ.
 */
export function shingleHashes(words: Uint32Array, size: number): Uint32Array {
  const out = new Uint32Array(shingleCount(words.length, size));
  shingleHashesInto(words, words.length, size, out);
  return out;
}

/** How many shingles of `size` words a run of `words` words has. */
export const shingleCount = (words: number, size: number): number => (words === 0 ? 0 : words - Math.min(size, words) + 1);

/**
 * shingleHashes of words[0, length), written into `out` (shingleCount entries). Allocates nothing:
 * line splitting calls it for every line of every page, and the short-lived typed arrays it would
 * otherwise allocate cost more than the hashing.
 */
export function shingleHashesInto(words: Uint32Array, length: number, size: number, out: Uint32Array): void {
  const width = Math.min(size, length);
  const count = shingleCount(length, size);
  if (blocks.length < length) blocks = new Int32Array(length);
  // murmur3's per-block scrambling, done once per word rather than once per shingle it is part of.
  for (let i = 0; i < length; i++) {
    const k = Math.imul(words[i] ?? 0, 0xcc9e2d51);
    blocks[i] = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  }
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = i; k < i + width; k++) {
      h ^= blocks[k] ?? 0;
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    out[i] = mix32(h ^ (width * 4));
  }
}
