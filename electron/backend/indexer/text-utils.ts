// Runs in Node. Small text helpers shared by the extraction modules: whitespace, word tokens, hashing.

/**
 * Spaces that captures carry from HTML (NBSP, thin and figure spaces, tabs) become one plain space,
 * and invisible characters (zero-width space/joiners, stray BOMs) go, so that paragraphs compare
 * and display cleanly and highlight offsets refer to ordinary text.
 */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function normalizeSpaces(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Letters and digits, with inner apostrophes ("it's", "NATO's") kept in one token. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const NOT_ASCII = /[^\x00-\x7f]/;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const APOSTROPHE = 39;

/**
 * Calls `word(start, end)` for each WORD match in an all-ASCII text, by char codes. Why by hand:
 * tokenising is the largest single cost of indexing, and the Unicode regex builds a match array per
 * word. Same tokens as WORD on ASCII (a property test compares them); other text uses the regex.
 */
function scanAscii(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterOrDigit(text.charCodeAt(i))) i++;
    // Inner apostrophes followed by letters stay in the word ("it's", "NATO's").
    while (i + 1 < n && text.charCodeAt(i) === APOSTROPHE && isLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    }
    word(start, i);
  }
}

/** Lowercase word tokens of a text (any script). */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  if (NOT_ASCII.test(lower)) {
    for (const m of lower.matchAll(WORD)) out.push(m[0]);
  } else {
    scanAscii(lower, (start, end) => out.push(lower.slice(start, end)));
  }
  return out;
}

/** Number of word tokens, without building the array (used on whole bodies). */
export function countWords(text: string): number {
  let n = 0;
  if (!NOT_ASCII.test(text)) {
    scanAscii(text, () => n++);
    return n;
  }
  const re = new RegExp(WORD.source, 'gu');
  while (re.exec(text) !== null) n++;
  return n;
}

/** FNV-1a, 32-bit: a fast, well-spread hash for shingles; collisions only blur estimates slightly. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of the `size` tokens starting at `start`, combined without building a joined string. */
export function shingleHash(tokens: readonly string[], start: number, size: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < size; k++) {
    h = fnv1a(tokens[start + k] ?? '', h);
    h = Math.imul(h ^ 0x20, 0x01000193) >>> 0; // a separator so "ab c" differs from "a bc"
  }
  return h >>> 0;
}

/** Script check for languages written without spaces, where a "word" token is a whole phrase. */
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
