// Runs in Node. Small text helpers shared by the extraction modules: whitespace, word tokens, hashing.

/**
 * Spaces that captures carry from HTML (NBSP, thin and figure spaces, tabs) become one plain space,
 * and invisible characters (zero-width space/joiners, stray BOMs) go, so that paragraphs compare
 * and display cleanly and highlight offsets refer to ordinary text.
 */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Any character normalizeSpaces removes or turns into a space (INVISIBLE and SPACE_LIKE's). */
const ODD_SPACE = /[\t\v\f\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;
const WHITE = /\s/;
/** White space at a line's end, as trim() sees it; every such character is ≤ U+0020 or ≥ U+00A0. */
export const whiteAt = (line: string, i: number): boolean => {
  const c = line.charCodeAt(i);
  return (c <= 32 || c >= 0xa0) && WHITE.test(line.charAt(i));
};

/**
 * Anything normalizeSpaces would change; most lines have none and are returned as they are. In
 * parts, the cheapest first: one regex with all of them as alternatives took a quarter longer, and a
 * loop over char codes longer still (text-utils.test.ts checks every character against the regexes).
 */
function isUntidy(line: string, mayHoldOddSpace: boolean): boolean {
  const n = line.length;
  return n > 0 && (whiteAt(line, 0) || whiteAt(line, n - 1) || line.includes('  ') || (mayHoldOddSpace && ODD_SPACE.test(line)));
}

/**
 * `mayHoldOddSpace` false: the caller knows the line has no ODD_SPACE character (see
 * ClassCursor), and the search for one is skipped.
 */
export function normalizeSpaces(line: string, mayHoldOddSpace = true): string {
  if (!isUntidy(line, mayHoldOddSpace)) return line;
  return line.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Letters and digits, with inner apostrophes ("it's", "NATO's") kept in one token. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Text the fast scanner cannot read: any character beyond ASCII except a few that are common in
 * English news and are neither letters nor digits (no-break space, dashes, curly quotes, bullets,
 * ellipsis, ©, ®, °, €, £, ™) and ’, which the scanner treats as the apostrophe it is.
 */
const NEEDS_REGEX = /[^\x00-\x7f\u00a0\u00a3\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2013\u2014\u2018-\u201d\u2022\u2026\u20ac\u2122]/;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019; // ' and ’

/**
 * The WORD matches of a text without NEEDS_REGEX characters, found by char codes, each with its
 * FNV-1a hash, in one pass: writes each token's hash into `hashes` and its start and end into
 * `bounds` (at 2k and 2k + 1) and returns how many there are. Both arrays need room for
 * (text.length >> 1) + 1 tokens. Why by hand: tokenising is the largest single cost of indexing; the
 * Unicode regex builds a match array per word, and a callback per word that then read the word's
 * characters again was a third of line splitting's time. Same tokens as WORD on such text (a
 * property test compares them).
 */
export function hashPlainWords(text: string, hashes: Uint32Array, bounds: Uint32Array): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isLetterOrDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    while (i < n && isLetterOrDigit((c = text.charCodeAt(i)))) {
      h = Math.imul(h ^ c, 0x01000193);
      i++;
    }
    // Inner apostrophes followed by letters stay in the word ("it's", "NATO's").
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      i++;
      while (i < n && isLetter((c = text.charCodeAt(i)))) {
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      }
    }
    hashes[count] = h >>> 0;
    bounds[2 * count] = start;
    bounds[2 * count + 1] = i;
    count++;
  }
  return count;
}

/**
 * scanWords' output, reused by every call (read it before the next one): each token's fnv1a hash,
 * and its start and end at 2k and 2k + 1 (grown for longer texts); whether the text was plain.
 */
export const scanned = { hashes: new Uint32Array(1024), bounds: new Uint32Array(2048), plain: true };
/** Room kept between calls (1 MiB of hashes): a huge line's buffers go with the next ordinary one. */
const KEPT_ROOM = 1 << 18;

/**
 * The word tokens of a text (WORD's matches) with their fnv1a hashes, into `scanned`; returns how
 * many. The text is taken as it is: callers pass it lowercased when the hashes should fold case.
 * Allocates nothing for a plain text (hashPlainWords); any other goes through the Unicode regex.
 * `plain`: whether the text is plain, when the caller knows (isPlain is not asked again). A plain
 * text passed as not plain gets the same tokens, by the regex.
 */
export function scanWords(text: string, plain?: boolean): number {
  const room = (text.length >> 1) + 1;
  const size = scanned.hashes.length;
  if (size < room || (size > KEPT_ROOM && room <= KEPT_ROOM)) {
    scanned.hashes = new Uint32Array(Math.max(room, 1024));
    scanned.bounds = new Uint32Array(2 * Math.max(room, 1024));
  }
  const { hashes, bounds } = scanned;
  scanned.plain = plain ?? isPlain(text);
  if (scanned.plain) return hashPlainWords(text, hashes, bounds);
  let count = 0;
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    hashes[count] = fnv1a(text, m.index, end);
    bounds[2 * count] = m.index;
    bounds[2 * count + 1] = end;
    count++;
  }
  return count;
}

/** Whether the text is plain: ASCII, plus the few punctuation marks the fast scanner reads. */
export function isPlain(text: string): boolean {
  return !NEEDS_REGEX.test(text);
}

/**
 * Which lines of a text hold a character of a class, asked line after line, in order: one search
 * answers for every line up to the next such character, where testing each line would run a regex
 * per line. Real captures have a no-break space or an accented letter on a few lines of most pages.
 */
export class ClassCursor {
  /** Offset of the next character of the class at or after the last search's start (Infinity: none). */
  #next = -1;

  /** `pattern`: a global regex matching one character of the class. */
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** Whether text[start, end) holds one; each call's start at or after the previous call's. */
  within(start: number, end: number): boolean {
    if (this.#next < start) {
      this.pattern.lastIndex = start;
      const match = this.pattern.exec(this.text);
      this.#next = match ? match.index : Infinity;
    }
    return this.#next < end;
  }
}

/**
 * Every character that makes a line untidy (ODD_SPACE's) or not plain (NEEDS_REGEX's), in one class:
 * a line without any is both tidy and plain, found by one search of a page instead of two. Written as
 * NEEDS_REGEX's negated class less tab, vertical tab, form feed and no-break space: one class scans
 * half again as fast as the two as alternatives (text-utils.test.ts checks every code unit). Shared
 * by every cursor: each search sets lastIndex first, and a cursor's searches all happen within one
 * synchronous pass over its text.
 */
const ODD_OR_NOT_PLAIN = /[^\x00-\x08\x0a\x0d-\x7f\u00a3\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2013\u2014\u2018-\u201d\u2022\u2026\u20ac\u2122]/g;

/** A cursor over a text for the characters that may make a line untidy or not plain. */
export const oddCharacterCursor = (text: string): ClassCursor => new ClassCursor(text, ODD_OR_NOT_PLAIN);

/** Calls `word(start, end)` for each word token of a text (WORD's matches), in order. */
export function forEachWord(text: string, word: (start: number, end: number) => void): void {
  const count = scanWords(text);
  // A copy of the bounds: `word` may scan another text meanwhile.
  const bounds = scanned.bounds.slice(0, 2 * count);
  for (let k = 0; k < count; k++) word(bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0);
}

/** Lowercase word tokens of a text (any script). */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  forEachWord(lower, (start, end) => out.push(lower.slice(start, end)));
  return out;
}

/** Number of word tokens, without building the array (used on whole bodies). */
export function countWords(text: string): number {
  let n = 0;
  forEachWord(text, () => n++);
  return n;
}

/** FNV-1a, 32-bit, of text[start, end): a fast, well-spread hash for words; collisions only blur estimates slightly. */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Script check for languages written without spaces, where a "word" token is a whole phrase. */
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** How many characters of a text are Han or kana (Chinese, Japanese): CJK's less Hangul, which is written in words. */
export function cjkCharacterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) count++;
  }
  return count;
}
