// Runs in Node. Hashes of word n-grams ("shingles"): repeats within a page (lines.ts) and copies
// across the library (duplicates.ts) are both found by comparing them. Each word is hashed once and
// an n-gram combines its words' hashes with murmur3's block step, instead of hashing every character
// n times over (a tenth of all indexing CPU before).
import { fnv1a, forEachWord } from './text-utils.js';

/** FNV-1a of each word token of a text, lowercased as wordTokens gives them, without building strings. */
export function wordHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  // Words are separated by at least one character, so there are at most half as many as characters.
  const out = new Uint32Array((lower.length >> 1) + 1);
  let count = 0;
  forEachWord(lower, (start, end) => {
    out[count++] = fnv1a(lower, start, end);
  });
  return out.subarray(0, count);
}

/** Word hashes of tokens the caller already has. */
export function hashesOfWords(words: readonly string[]): Uint32Array {
  const out = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = fnv1a(words[i] ?? '');
  return out;
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
 * A hash for each run of `size` consecutive words (one for all of them when there are fewer), well
 * spread: any of its bits can pick a bucket. Order matters: "a b c" and "c b a" differ.
 */
export function shingleHashes(words: Uint32Array, size: number): Uint32Array {
  const width = Math.min(size, words.length);
  const count = words.length === 0 ? 0 : words.length - width + 1;
  // murmur3's per-block scrambling, done once per word rather than once per shingle it is part of.
  const blocks = words.map((w) => {
    const k = Math.imul(w, 0xcc9e2d51);
    return Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  });
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = i; k < i + width; k++) {
      h ^= blocks[k] ?? 0;
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    out[i] = mix32(h ^ (width * 4));
  }
  return out;
}
