// Runs in Node. The library's inverted index, sized for 100,000 articles: every word once in
// MiniSearch's radix tree (`SearchableMap`, which does the prefix and typo lookups), and each word's
// postings packed in a typed array, 4 bytes a posting.
//
// Why by hand: MiniSearch itself keeps a Map per word per field, ~29 bytes a posting; 100,000 typical
// articles hold ~50 million postings, 1.4 GB of index where the whole app must stay under 1.5 GB.
// Tokenising and field lengths follow MiniSearch exactly, so the ranking (ranked-query.ts) scores as
// MiniSearch would; a test compares the two.
import SearchableMap from 'minisearch/SearchableMap';
import { MAX_COUNT, fieldPostings, grown, sweepDead, type CompactIndexState, type PostingList } from './posting-lists.js';
import { tokenize } from './tokenize.js';

/** MiniSearch's tokeniser (see tokenize.ts): documents and queries must split into words alike. */
export { tokenize };
/** Tokens whose word number is remembered (see CompactIndex.#numberOfToken). */
const MAX_CACHED_TERMS = 50_000;
/**
 * Only tokens shorter than this are remembered. V8 copies a shorter substring, but makes a longer
 * one a view of the whole text it came from: kept as a key, a token would keep its article's whole
 * body in memory. (A word the index keeps has been lowercased into a string of its own, or is kept
 * by the radix tree anyway.)
 */
const SHORT_TOKEN = 13;
export class CompactIndex<Stored> {
  /** Word → its number; the radix tree answers prefix and typo lookups. */
  #words = new SearchableMap<number>();
  /**
   * The same numbers in a hash map, for indexing: a radix-tree lookup per distinct word of every
   * document was a quarter of building the index; the tree stays for prefix and typo lookups.
   */
  #numbers = new Map<string, number>();
  /**
   * The word number of recent tokens as written (-1: no word): most tokens recur, and this saves
   * lowercasing each and looking its word up.
   */
  #tokenNumbers = new Map<string, number>();
  /** Per field, per word number: postings. */
  #postings: Array<Array<PostingList | undefined>>;
  #lengths: Uint32Array[];
  #totalLength: number[];
  #live = new Uint8Array(1024);
  #keys: Array<string | undefined> = [];
  #stored: Array<Stored | undefined> = [];
  #docByKey = new Map<string, number>();
  #nextDoc = 0;
  #wordCount = 0;
  #dead = 0;
  /** States being written out (see pin): their arrays are views of these, so no vacuum meanwhile. */
  #pins = 0;

  constructor(
    readonly fields: readonly string[],
    private readonly processTerm: (term: string) => string | null,
  ) {
    this.#postings = fields.map(() => []);
    this.#lengths = fields.map(() => new Uint32Array(1024));
    this.#totalLength = fields.map(() => 0);
  }

  /**
   * The index as arrays, as if built from its live documents that `keep` accepts: the others' slots
   * stay, empty, and their postings are left out. A word's list with nothing to leave out is shared
   * with the index, not copied: write the state out before the index changes.
   */
  state(keep: (key: string) => boolean): CompactIndexState {
    const kept = new Uint8Array(this.#nextDoc);
    const totalLength = this.fields.map(() => 0);
    const keys = new Array<string | null>(this.#nextDoc).fill(null);
    // Only postings of discarded documents, or of ones `keep` refuses, need leaving out.
    let leftOut = this.#dead > 0;
    for (let doc = 0; doc < this.#nextDoc; doc++) {
      const key = this.#keys[doc];
      if (!this.#live[doc] || key === undefined || !keep(key)) {
        leftOut ||= this.#live[doc] === 1;
        continue;
      }
      kept[doc] = 1;
      keys[doc] = key;
      this.fields.forEach((_, field) => (totalLength[field] = (totalLength[field] ?? 0) + (this.#lengths[field]?.[doc] ?? 0)));
    }
    const words = [...this.#numbers.keys()]; // by number: each was numbered as it was added
    const postings = this.#postings.map((lists) => fieldPostings(lists, this.#wordCount, leftOut ? kept : null));
    return { words, postings, lengths: this.#lengths.map((l) => l.subarray(0, this.#nextDoc)), totalLength, live: kept, keys, dead: 0 };
  }

  /**
   * Takes over a state whose postings are each one array (they become views of it, not copies).
   * `storedOf` gives each document's stored fields from its key; one it answers null for is discarded.
   */
  restore(state: CompactIndexState, storedOf: (key: string) => Stored | null): void {
    this.clear();
    state.words.forEach((word, number) => {
      this.#words.set(word, number);
      this.#numbers.set(word, number);
    });
    this.#wordCount = state.words.length;
    this.#postings = state.postings.map(({ offsets, items: [items = new Uint32Array(0)] }) =>
      Array.from({ length: this.#wordCount }, (_, w): PostingList | undefined => {
        const [start, end] = [offsets[w] ?? 0, offsets[w + 1] ?? 0];
        return end > start ? { items: items.subarray(start, end), length: end - start } : undefined;
      }),
    );
    this.#lengths = state.lengths.map((lengths) => Uint32Array.from(lengths));
    this.#totalLength = [...state.totalLength];
    this.#live = Uint8Array.from(state.live);
    this.#nextDoc = state.keys.length;
    this.#dead = state.dead;
    state.keys.forEach((key, doc) => {
      if (key === null || !this.#live[doc]) return;
      const stored = storedOf(key);
      if (stored) {
        this.#keys[doc] = key;
        this.#stored[doc] = stored;
        this.#docByKey.set(key, doc);
      } else this.#drop(doc);
    });
    this.#vacuumIfWasteful();
  }

  /** Documents that can be found. */
  get documentCount(): number {
    return this.#docByKey.size;
  }

  /** Adds a document (`values` in the order of `fields`), replacing one with the same key. */
  add(key: string, values: readonly string[], stored: Stored): void {
    this.discard(key);
    const doc = this.#nextDoc++;
    this.#live = grown(this.#live, doc + 1, (n) => new Uint8Array(n));
    this.#live[doc] = 1;
    this.#keys[doc] = key;
    this.#stored[doc] = stored;
    this.#docByKey.set(key, doc);
    this.fields.forEach((_, field) => {
      // Each token as written counted with one lookup (a count, no object per token), then its word's
      // number worked out once per document and the counts summed by number: strings hashed once.
      const written = new Map<string, number>();
      for (const token of tokenize(values[field] ?? '')) written.set(token, (written.get(token) ?? 0) + 1);
      // MiniSearch's field length: distinct tokens as written (BM25 normalises by it).
      const length = written.size;
      const lengths = (this.#lengths[field] = grown(this.#lengths[field] ?? new Uint32Array(0), doc + 1, (n) => new Uint32Array(n)));
      lengths[doc] = length;
      this.#totalLength[field] = (this.#totalLength[field] ?? 0) + length;
      // Words numbered in the order their first token came, as MiniSearch adds them.
      const counts = new Map<number, number>();
      for (const [token, count] of written) {
        const number = this.#numberOfToken(token);
        if (number >= 0) counts.set(number, (counts.get(number) ?? 0) + count);
      }
      for (const [number, count] of counts) this.#append(field, number, doc * 256 + Math.min(count, MAX_COUNT));
    });
  }

  /** Removes a document from results; its postings go at the next vacuum. */
  discard(key: string): boolean {
    const doc = this.#docByKey.get(key);
    if (doc === undefined) return false;
    this.#docByKey.delete(key);
    this.#drop(doc);
    this.#vacuumIfWasteful();
    return true;
  }

  /** Takes a document out of results (its postings stay until a vacuum). */
  #drop(doc: number): void {
    this.#live[doc] = 0;
    this.#keys[doc] = undefined;
    this.#stored[doc] = undefined;
    this.fields.forEach((_, field) => (this.#totalLength[field] = (this.#totalLength[field] ?? 0) - (this.#lengths[field]?.[doc] ?? 0)));
    this.#dead++;
  }

  /**
   * Dead postings still count towards a word's document frequency and cost time: they are swept
   * once they are a tenth of the index (a library reindexed file by file).
   */
  #vacuumIfWasteful(): void {
    if (this.#pins === 0 && this.#dead > Math.max(500, this.#docByKey.size / 10)) this.vacuum();
  }

  /**
   * Keeps the postings where they are (no vacuum) until the returned release is called: for a state
   * being written out while documents are still added and discarded.
   */
  pin(): () => void {
    this.#pins++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#pins--;
      this.#vacuumIfWasteful();
    };
  }

  clear(): void {
    this.#words = new SearchableMap<number>();
    this.#numbers.clear();
    this.#tokenNumbers.clear();
    this.#postings = this.fields.map(() => []);
    this.#lengths = this.fields.map(() => new Uint32Array(1024));
    this.#totalLength = this.fields.map(() => 0);
    this.#live = new Uint8Array(1024);
    this.#keys = [];
    this.#stored = [];
    this.#docByKey.clear();
    this.#nextDoc = 0;
    this.#wordCount = 0;
    this.#dead = 0;
  }

  /** Drops the postings of discarded documents. */
  vacuum(): void {
    for (const lists of this.#postings) sweepDead(lists, this.#live);
    this.#dead = 0;
  }

  /** The word's number, if the library has it. */
  word(word: string): number | undefined {
    return this.#words.get(word);
  }

  /** Words that begin with `prefix` (itself included), with their numbers. */
  wordsStartingWith(prefix: string): Iterable<[string, number]> {
    return this.#words.atPrefix(prefix);
  }

  /** Words at most `maxEdits` edits from `word`: word → [number, edits]. */
  wordsNear(word: string, maxEdits: number): Map<string, [number, number]> {
    return this.#words.fuzzyGet(word, maxEdits);
  }

  postings(field: number, word: number): PostingList | undefined {
    return this.#postings[field]?.[word];
  }

  /** The number of document slots ever used (documents are numbered from 0 in order of adding). */
  get docLimit(): number {
    return this.#nextDoc;
  }

  isLive(doc: number): boolean {
    return this.#live[doc] === 1;
  }

  lengthOf(doc: number, field: number): number {
    return this.#lengths[field]?.[doc] ?? 0;
  }

  averageLength(field: number): number {
    return this.documentCount > 0 ? (this.#totalLength[field] ?? 0) / this.documentCount : 0;
  }

  keyOf(doc: number): string | undefined {
    return this.#keys[doc];
  }

  storedOf(doc: number): Stored | undefined {
    return this.#stored[doc];
  }

  #wordNumber(word: string): number {
    let number = this.#numbers.get(word);
    if (number === undefined) {
      number = this.#wordCount++;
      this.#words.set(word, number);
      this.#numbers.set(word, number);
    }
    return number;
  }

  /** The number of a token's word (processTerm's; -1 when it has none), remembered for short tokens. */
  #numberOfToken(token: string): number {
    if (token.length >= SHORT_TOKEN) return this.#numberOfWord(this.processTerm(token));
    let number = this.#tokenNumbers.get(token);
    if (number === undefined) {
      // Bounded: a library's rare words would otherwise all stay here.
      if (this.#tokenNumbers.size >= MAX_CACHED_TERMS) this.#tokenNumbers.clear();
      number = this.#numberOfWord(this.processTerm(token));
      this.#tokenNumbers.set(token, number);
    }
    return number;
  }

  #numberOfWord(word: string | null): number {
    return word ? this.#wordNumber(word) : -1;
  }

  #append(field: number, word: number, posting: number): void {
    const lists = this.#postings[field] ?? [];
    let list = lists[word];
    if (!list) lists[word] = list = { items: new Uint32Array(2), length: 0 };
    if (list.length === list.items.length) {
      const bigger = new Uint32Array(list.items.length * 2);
      bigger.set(list.items);
      list.items = bigger;
    }
    list.items[list.length++] = posting;
  }
}
