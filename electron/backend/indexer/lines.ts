// Runs in Node. Splits a capture into lines and measures each one: the unit of classification.
//
// Captures are `innerText` of whole pages: every block element (paragraph, menu item, heading)
// becomes its own line, so a line is the natural "block" of a jusText-like classifier. This module
// only measures; deciding what is boilerplate is boilerplate.ts's job.
import { HashSet30 } from './hash-set.js';
import { shingleCount, shingleHashesInto } from './shingles.js';
import { fnv1a, forEachWord, hasCjk, normalizeSpaces } from './text-utils.js';
import { isStopwordAt } from './stopwords.js';

export interface Line {
  /** Position among the non-empty lines of the page. */
  index: number;
  /** The line with spaces normalised; never empty. */
  text: string;
  length: number;
  tokens: number;
  /** The text lowercased; its word tokens are forEachWord's spans of it (assemble.ts reads them). */
  lower: string;
  stopwords: number;
  /** Share of tokens that are function words: high for prose, low for menus and titles. */
  density: number;
  /** Ends like a sentence (., !, ?, …, CJK stops, possibly followed by closing quotes). */
  sentenceEnd: boolean;
  cjk: boolean;
  /** How many times the exact text occurs on the page. */
  occurrences: number;
  /** The same text sits on the line right before or after (image alt text + caption render twice). */
  adjacentTwin: boolean;
  /** An earlier line already holds the same text (exact), or most of this line's word sequence. */
  repeatsEarlier: boolean;
}

// A closing emoji ("... today! 🙂") does not hide the full stop before it.
const SENTENCE_END = /[.!?…。！？](?:["'”’»)\]]*|>>)(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D]+)?$/u;
const SHINGLE = 4;
/** Lines longer than this are prose of their own, never a teaser copy; caps the work on huge lines. */
const MAX_SHINGLED_TOKENS = 400;
/** Bound on remembered shingles so a pathological 20 MB capture cannot exhaust memory. */
const MAX_INDEX = 1_000_000;
/** Share of a line's shingles seen before for it to count as a repeat (a teaser of a paragraph). */
const CONTAINED = 0.6;
/** A line's word hashes and shingles, in buffers reused for every line: they never hold more than this. */
const wordHashes = new Uint32Array(MAX_SHINGLED_TOKENS);
const shingles = new Uint32Array(MAX_SHINGLED_TOKENS);
/** One set for every page, emptied each time: allocating and growing one per page cost more than filling. */
const seen = new HashSet30();

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const firstByKey = new Map<string, number>();
  /** For each line, the index of the first line with the same text (itself when it is the first). */
  const firsts: number[] = [];
  seen.clear();

  for (const rawLine of text.split('\n')) {
    const lineText = normalizeSpaces(rawLine);
    if (lineText === '') continue;
    // Each token is hashed where it lies, never copied out as a string: the hash serves both the
    // function-word lookup and the shingles (a string per token, and a Set lookup hashing it again,
    // took about 40 % of the splitter's time).
    const key = lineText.toLowerCase();
    let tokens = 0;
    let stop = 0;
    forEachWord(key, (start, end) => {
      const hash = fnv1a(key, start, end);
      if (tokens < MAX_SHINGLED_TOKENS) wordHashes[tokens] = hash;
      tokens++;
      if (isStopwordAt(key, start, end, hash)) stop++;
    });
    const index = lines.length;
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    firsts.push(first ?? index);

    // Containment against earlier lines, by word 4-grams: catches "teaser" copies of a paragraph
    // (a date glued in front, ">>" after) that exact comparison misses.
    let contained = false;
    const n = Math.min(tokens, MAX_SHINGLED_TOKENS);
    const count = n >= SHINGLE ? shingleCount(n, SHINGLE) : 0;
    if (count > 0) shingleHashesInto(wordHashes, n, SHINGLE, shingles);
    if (first === undefined && tokens >= 8 && tokens <= MAX_SHINGLED_TOKENS) {
      let hits = 0;
      for (let i = 0; i < count; i++) if (seen.has((shingles[i] ?? 0) >>> 2)) hits++;
      contained = hits / count >= CONTAINED;
    }
    // 30 bits, so that V8 stores each as a small integer rather than a boxed number: much faster.
    if (seen.size < MAX_INDEX) for (let i = 0; i < count; i++) seen.add((shingles[i] ?? 0) >>> 2);

    const line: Line = {
      index,
      text: lineText,
      length: lineText.length,
      tokens,
      lower: key,
      stopwords: stop,
      density: tokens === 0 ? 0 : stop / tokens,
      sentenceEnd: SENTENCE_END.test(lineText),
      cjk: hasCjk(lineText),
      occurrences: 1,
      adjacentTwin: false,
      repeatsEarlier: first !== undefined || contained,
    };
    if (first !== undefined) {
      const original = lines[first];
      if (original) line.occurrences = ++original.occurrences;
      const prev = lines[index - 1];
      if (prev && firsts[index - 1] === first) {
        prev.adjacentTwin = true;
        line.adjacentTwin = true;
      }
    }
    lines.push(line);
  }
  // Every copy learns the final count (the loop only updated the first one).
  for (const line of lines) line.occurrences = lines[firsts[line.index] ?? line.index]?.occurrences ?? line.occurrences;
  return lines;
}
