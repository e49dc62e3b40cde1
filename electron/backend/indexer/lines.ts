// Runs in Node. Splits a capture into lines and measures each one: the unit of classification.
//
// Captures are `innerText` of whole pages: every block element (paragraph, menu item, heading)
// becomes its own line, so a line is the natural "block" of a jusText-like classifier. This module
// only measures; deciding what is boilerplate is boilerplate.ts's job.
import { HashSet30 } from './hash-set.js';
import { mix32, shingleCount, shingleHashesInto } from './shingles.js';
import { hasCjk, isPlain, normalizeSpaces, oddCharacterCursor, scanWords, scanned } from './text-utils.js';
import { countStopwordSlot, countStopwords, emptyStopwordCounts, rankStopwordCounts, stopSlotAt } from './stopwords.js';

export interface Line {
  /** Position among the non-empty lines of the page. */
  index: number;
  /** The line with spaces normalised; never empty. */
  text: string;
  length: number;
  tokens: number;
  /** The text lowercased; its word tokens are forEachWord's spans of it (assemble.ts reads them). */
  lower: string;
  /** Where this line's word hashes (`tokens` of them) start among its page's (see wordHashesOfLines). */
  firstWord: number;
  stopwords: number;
  /** Share of tokens that are function words: high for prose, low for menus and titles. */
  density: number;
  /** Ends like a sentence (., !, ?, …, CJK stops, possibly followed by closing quotes). */
  sentenceEnd: boolean;
  cjk: boolean;
  /** The text is plain (text-utils' isPlain): ASCII and a few punctuation marks. */
  plain: boolean;
  /** How many times the exact text occurs on the page. */
  occurrences: number;
  /** The same text sits on the line right before or after (image alt text + caption render twice). */
  adjacentTwin: boolean;
  /** An earlier line already holds the same text (exact), or most of this line's word sequence. */
  repeatsEarlier: boolean;
}

// A closing emoji ("... today! 🙂") does not hide the full stop before it.
const SENTENCE_END = /[.!?…。！？](?:["'”’»)\]]*|>>)(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D]+)?$/u;

/**
 * SENTENCE_END.test(text) for a text without trailing white space, from its last character where
 * that settles it (most lines): a regex anchored at the end still tries every position of the line.
 * A full stop, ! or ? ends a sentence; any other ASCII character but a closing quote or bracket and
 * the > of ">>" cannot end a match (no ASCII character is a pictograph).
 */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || last === 33 || last === 63) return true; // . ! ?
  if (last < 128 && last !== 34 && last !== 39 && last !== 41 && last !== 93 && last !== 62) return false; // " ' ) ] >
  return SENTENCE_END.test(text);
}
const SHINGLE = 4;
/** Lines longer than this are prose of their own, never a teaser copy; caps the work on huge lines. */
const MAX_SHINGLED_TOKENS = 400;
/** Bound on remembered shingles so a pathological 20 MB capture cannot exhaust memory. */
const MAX_INDEX = 1_000_000;
/** Share of a line's shingles seen before for it to count as a repeat (a teaser of a paragraph). */
const CONTAINED = 0.6;
/** A line's shingles, in a buffer reused for every line: never more than this. */
const shingles = new Uint32Array(MAX_SHINGLED_TOKENS);

/** One set for every page, emptied each time: allocating and growing one per page cost more than filling. */
const seen = new HashSet30();
/**
 * Every word hash of the last page split, line after line (a line's are at firstWord). Kept so the
 * body's hashes, which the duplicate signature and the word count need, are copied out rather than
 * the body tokenised and hashed a second time (bodyWordHashes). Reused for every page, grown as needed.
 */
const PAGE_WORDS = 1 << 16;
let pageWords = new Uint32Array(PAGE_WORDS);
/** Beside each word hash, the word's function-word slot (stopwords.ts's stopSlotAt; -1 for none). */
let pageStopSlots = new Int16Array(PAGE_WORDS);
let pageWordCount = 0;

/** Makes room in pageWords (and pageStopSlots) for `more` hashes. */
function reservePageWords(more: number): void {
  if (pageWordCount + more <= pageWords.length) return;
  const size = Math.max(pageWords.length * 2, pageWordCount + more);
  const grown = new Uint32Array(size);
  grown.set(pageWords.subarray(0, pageWordCount));
  pageWords = grown;
  const grownSlots = new Int16Array(size);
  grownSlots.set(pageStopSlots.subarray(0, pageWordCount));
  pageStopSlots = grownSlots;
}

/**
 * stopwordCounts(lines' texts joined by "\n", cut to `length` characters), from the function words
 * found as the page was split (lines of the page splitLines last split): the language of a body is
 * told from its start without scanning it again. A line the cut falls in is counted from its text.
 */
export function stopwordCountsOfLines(lines: readonly Line[], length: number): Array<readonly [language: string, hits: number]> {
  const counts = emptyStopwordCounts();
  let at = 0;
  for (const line of lines) {
    if (at >= length) break;
    if (at + line.length > length) {
      countStopwords(counts, line.text.slice(0, length - at));
      break;
    }
    for (let k = line.firstWord; k < line.firstWord + line.tokens; k++) countStopwordSlot(counts, pageStopSlots[k] ?? -1);
    at += line.length + 1;
  }
  return rankStopwordCounts(counts);
}

/**
 * The word hashes of some lines of the page splitLines last split, in order: the same as
 * wordHashes() of those lines joined, in any script (lines.test.ts compares them), since a line
 * break never joins or splits a token and each line was lowercased on its own.
 */
export function wordHashesOfLines(lines: readonly Line[]): Uint32Array {
  let total = 0;
  for (const line of lines) total += line.tokens;
  const out = new Uint32Array(total);
  let at = 0;
  for (const { firstWord, tokens } of lines) {
    out.set(pageWords.subarray(firstWord, firstWord + tokens), at);
    at += tokens;
  }
  return out;
}

/**
 * The first line of a page with a given lowercased text. Looked up by a hash made from the line's
 * word hashes (already computed), its length and its ends, then confirmed by comparing the texts:
 * a Map keyed by each new lowercased string hashed all its characters again (a fifth of the
 * splitter's own time). Different texts with the same hash (the same words, other punctuation) fall
 * back to such a Map.
 */
class FirstOccurrences {
  readonly #byHash = new Map<number, number>();
  readonly #collided = new Map<string, number>();

  /** The index of the first line whose `lower` is `key`, or undefined after recording `index` as it. */
  find(key: string, tokens: number, lines: readonly Line[], index: number): number | undefined {
    let h = Math.imul(key.length, 0x9e3779b1) ^ key.charCodeAt(0) ^ (key.charCodeAt(key.length - 1) << 16);
    const { hashes } = scanned;
    for (let k = 0; k < tokens; k++) h = Math.imul(h ^ (hashes[k] ?? 0), 0x01000193);
    const hash = mix32(h) & 0x3fffffff; // a small integer: a Map key V8 need not box
    const candidate = this.#byHash.get(hash);
    if (candidate === undefined) {
      this.#byHash.set(hash, index);
      return undefined;
    }
    if (lines[candidate]?.lower === key) return candidate;
    const first = this.#collided.get(key);
    if (first === undefined) this.#collided.set(key, index);
    return first;
  }
}

/** `rawLines`: text.split('\n'), when the caller has them in a leaner form (see utf8Lines). */
export function splitLines(text: string, rawLines?: readonly string[]): Line[] {
  const lines: Line[] = [];
  const firsts = new FirstOccurrences();
  /** For each line, the index of the first line with the same text (itself when it is the first). */
  const firstOf: number[] = [];
  // About a word per six characters in prose, a shingle per word: an eighth errs on the large side.
  seen.clear(Math.min(text.length >> 3, MAX_INDEX));
  pageWordCount = 0;
  // Which lines have a character that needs looking at, found by one search up to the next one.
  const oddCharacters = oddCharacterCursor(text);
  let start = 0;
  // A huge page's hashes are not kept once the next page is split.
  if (pageWords.length > 16 * PAGE_WORDS) {
    pageWords = new Uint32Array(PAGE_WORDS);
    pageStopSlots = new Int16Array(PAGE_WORDS);
  }

  for (const rawLine of rawLines ?? text.split('\n')) {
    const end = start + rawLine.length;
    const odd = oddCharacters.within(start, end);
    const lineText = normalizeSpaces(rawLine, odd);
    // Normalising only removes characters or turns them into spaces: a plain raw line stays plain.
    const plain = !odd || isPlain(lineText);
    start = end + 1;
    if (lineText === '') continue;
    // Each token is hashed where it lies, never copied out as a string: the hash serves both the
    // function-word lookup and the shingles (a string per token, and a Set lookup hashing it again,
    // took about 40 % of the splitter's time).
    const key = lineText.toLowerCase();
    const firstWord = pageWordCount;
    // Lowercasing a plain text leaves it plain (a text that only becomes plain lowercased, as with
    // the Kelvin sign, is scanned by the regex to the same tokens).
    const tokens = scanWords(key, plain);
    const { hashes, bounds } = scanned;
    let stop = 0;
    reservePageWords(tokens);
    for (let k = 0; k < tokens; k++) {
      const hash = hashes[k] ?? 0;
      const slot = stopSlotAt(key, bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0, hash);
      pageStopSlots[pageWordCount] = slot;
      pageWords[pageWordCount++] = hash;
      if (slot >= 0) stop++;
    }
    const index = lines.length;
    const first = firsts.find(key, tokens, lines, index);
    firstOf.push(first ?? index);

    // Containment against earlier lines, by word 4-grams: catches "teaser" copies of a paragraph
    // (a date glued in front, ">>" after) that exact comparison misses.
    let contained = false;
    const n = Math.min(tokens, MAX_SHINGLED_TOKENS);
    const count = n >= SHINGLE ? shingleCount(n, SHINGLE) : 0;
    if (count > 0) shingleHashesInto(hashes, n, SHINGLE, shingles);
    if (first === undefined && tokens >= 8 && tokens <= MAX_SHINGLED_TOKENS) {
      // Counted by adding and compared by multiplying: most lines of a worker's first pages have no
      // hit, and V8 compiled `hits++` and `hits / count` for the never-run and whole-number cases,
      // then threw the splitter away and compiled it again at the first fraction (the same answer:
      // CONTAINED * count rounds to the exact product wherever hits / count could equal CONTAINED).
      let hits = 0;
      for (let i = 0; i < count; i++) hits += seen.has((shingles[i] ?? 0) >>> 2) ? 1 : 0;
      contained = hits >= CONTAINED * count;
    }
    // 30 bits, so that V8 stores each as a small integer rather than a boxed number: much faster.
    if (seen.size < MAX_INDEX) for (let i = 0; i < count; i++) seen.add((shingles[i] ?? 0) >>> 2);

    const line: Line = {
      index,
      text: lineText,
      length: lineText.length,
      tokens,
      lower: key,
      firstWord,
      stopwords: stop,
      density: tokens === 0 ? 0 : stop / tokens,
      sentenceEnd: endsSentence(lineText),
      // A plain text has no CJK character.
      cjk: !plain && hasCjk(lineText),
      plain,
      occurrences: 1,
      adjacentTwin: false,
      repeatsEarlier: first !== undefined || contained,
    };
    if (first !== undefined) {
      const original = lines[first];
      if (original) line.occurrences = ++original.occurrences;
      const prev = lines[index - 1];
      if (prev && firstOf[index - 1] === first) {
        prev.adjacentTwin = true;
        line.adjacentTwin = true;
      }
    }
    lines.push(line);
  }
  // Every copy learns the final count (the loop only updated the first one).
  for (const line of lines) line.occurrences = lines[firstOf[line.index] ?? line.index]?.occurrences ?? line.occurrences;
  return lines;
}
