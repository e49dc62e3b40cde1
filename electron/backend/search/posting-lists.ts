// Runs in Node and in the search worker. The compact index's postings (compact-index.ts): one
// word's documents in one field, packed four bytes each, and the index as arrays for a snapshot.

/** A word's postings in one field: `doc * 256 + min(count, 255)`, in increasing doc order. */
export interface PostingList {
  items: Uint32Array;
  length: number;
}

/** Counts above this are stored as it: BM25 has long saturated. */
export const MAX_COUNT = 255;

export const docOf = (posting: number): number => posting >>> 8;
export const countOf = (posting: number): number => posting & MAX_COUNT;

export function grown<T extends Uint32Array | Uint8Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  const bigger = make(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Everything a CompactIndex holds, as arrays (index-snapshot.ts writes it to disk): each field's
 * postings end to end, word after word (word w's at offsets[w] up to offsets[w + 1]).
 */
export interface CompactIndexState {
  /** The words, by number. */
  words: string[];
  /** Each field's postings: written out as the words' own lists (no copy), read back as one array. */
  postings: Array<{ offsets: Uint32Array; items: readonly Uint32Array[] }>;
  lengths: Uint32Array[];
  totalLength: number[];
  live: Uint8Array;
  /** Each document slot's key (null: discarded). */
  keys: Array<string | null>;
  dead: number;
}

/**
 * One field's postings as a CompactIndexState holds them, word after word: each word's list as a
 * view of it, or, when `kept` is given (documents not in it: 0), a copy without the others' postings
 * where it has any.
 */
export function fieldPostings(lists: ReadonlyArray<PostingList | undefined>, wordCount: number, kept: Uint8Array | null): CompactIndexState['postings'][number] {
  const isKept = (posting: number) => kept?.[docOf(posting)] === 1;
  const offsets = new Uint32Array(wordCount + 1);
  const items: Uint32Array[] = [];
  for (let w = 0; w < wordCount; w++) {
    const list = lists[w];
    let part = list ? list.items.subarray(0, list.length) : new Uint32Array(0);
    if (kept && !part.every(isKept)) part = part.filter(isKept);
    offsets[w + 1] = (offsets[w] ?? 0) + part.length;
    if (part.length > 0) items.push(part);
  }
  return { offsets, items };
}

/** Drops from each list, in place, the postings of documents that are not live (live[doc] 0). */
export function sweepDead(lists: ReadonlyArray<PostingList | undefined>, live: Uint8Array): void {
  for (const list of lists) {
    if (!list) continue;
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const posting = list.items[i] ?? 0;
      if (live[docOf(posting)]) list.items[kept++] = posting;
    }
    list.length = kept;
  }
}

/** Whether `list` holds a posting for `doc` (postings are in doc order: a binary search). */
export function hasDoc(list: PostingList, doc: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = docOf(list.items[middle] ?? 0);
    if (found === doc) return true;
    if (found < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
