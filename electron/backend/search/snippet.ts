// Runs in Node. A short extract around the first matched word, with every matched word marked,
// so a result shows why it matched.
import { escapeRegExp, hasFoldableForms, hasHalfWidthKana, kanaVariantsPattern, variantsPattern } from './fold.js';
import { isUnspacedTerm } from './tokenize.js';

export interface Snippet {
  text: string;
  /** [start, end) ranges of matched words within `text`. */
  marks: Array<[number, number]>;
  /** Where the first match is in the full text; null when no word could be found again. */
  position: number | null;
  /** How long the first match is in the full text (0 when there is none). */
  length: number;
}

/**
 * How to find a query's matched terms in a text. Words of spaced scripts: any word that starts with
 * one of them. Chinese, Japanese and Korean terms (pairs of characters, see tokenize.ts): wherever
 * they stand, with overlapping pairs joined, so "商標" and "標法" mark "商標法" as one match.
 */
export class TermMatcher {
  /** Words in any of their forms (accents, full width; see fold.ts): compiled only for a text that
   * has such letters, since a pattern of dozens of words in every form takes a millisecond or more. */
  #variants: RegExp | undefined;
  /** Words as the terms are, for text without accented or full-width letters (most English). */
  readonly #plain: RegExp | null;

  constructor(
    private readonly spaced: readonly string[],
    readonly unspaced: readonly string[],
  ) {
    this.#plain = spaced.length > 0 ? wordsPattern(spaced.map(escapeRegExp)) : null;
  }

  /** The pattern for spaced words to search `text` (a short one: it is read whole) with, from its start. */
  wordsIn(text: string): RegExp | null {
    const words = this.#plain && hasFoldableForms(text) ? this.#variantWords() : this.#plain;
    if (words) words.lastIndex = 0;
    return words;
  }

  /** Where the first spaced word matches in `text` (-1 for none). A long text is read for accented
   * letters only up to the first plain match: a body read whole for them, fifty a keystroke, made
   * searching twice as slow. */
  firstWordIn(text: string): number {
    if (!this.#plain) return -1;
    this.#plain.lastIndex = 0;
    const plainAt = this.#plain.exec(text)?.index ?? -1;
    if (!hasFoldableForms(plainAt < 0 ? text : text.slice(0, plainAt))) return plainAt;
    const variants = this.#variantWords();
    variants.lastIndex = 0;
    return variants.exec(text)?.index ?? -1;
  }

  #variantWords(): RegExp {
    return (this.#variants ??= wordsPattern(this.spaced.map(variantsPattern)));
  }

  /**
   * Each Chinese, Japanese or Korean term as it is written or with its katakana half width; null for
   * a term without katakana (most: Chinese never has any), looked for as it is.
   */
  #kanaVariants: Array<RegExp | null> | undefined;

  /** The terms' half-width patterns, when `text` writes katakana half width and some term has katakana. */
  #kanaPatternsFor(text: string): Array<RegExp | null> | null {
    if (this.unspaced.length === 0) return null;
    this.#kanaVariants ??= this.unspaced.map((term) => {
      const pattern = kanaVariantsPattern(term);
      return pattern === null ? null : new RegExp(pattern, 'gu');
    });
    return this.#kanaVariants.some((pattern) => pattern !== null) && hasHalfWidthKana(text) ? this.#kanaVariants : null;
  }

  /** Where each unspaced term stands in `text`, overlapping ones too, as [start, end) of the text as it is written. */
  *unspacedIn(text: string): Generator<[number, number]> {
    const kana = this.#kanaPatternsFor(text);
    for (let i = 0; i < this.unspaced.length; i++) {
      for (let found = this.#unspacedAt(text, i, 0, kana); found; found = this.#unspacedAt(text, i, found[0] + 1, kana)) yield found;
    }
  }

  /** Where the first unspaced term stands in `text` (-1 for none). */
  firstUnspacedIn(text: string): number {
    const kana = this.#kanaPatternsFor(text);
    let first = -1;
    for (let i = 0; i < this.unspaced.length; i++) {
      const at = this.#unspacedAt(text, i, 0, kana)?.[0] ?? -1;
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  /** The first place at or after `from` where the unspaced term `i` stands in `text`, as [start, end), or null. */
  #unspacedAt(text: string, i: number, from: number, kana: Array<RegExp | null> | null): [number, number] | null {
    const pattern = kana?.[i];
    if (pattern) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      return match ? [match.index, match.index + match[0].length] : null;
    }
    const term = this.unspaced[i] ?? '';
    const at = text.indexOf(term, from);
    return at >= 0 ? [at, at + term.length] : null;
  }
}

const BEFORE = 60;
const AFTER = 160;
/** How far a match of joined pairs is followed from its start. */
const LONGEST_MATCH = 200;
/**
 * Chinese, Japanese and Korean letters, by block: Unicode's script properties say it more exactly
 * (tokenize.ts), but a pattern holding them took twice as long to compile, once a keystroke.
 */
const UNSPACED_BLOCKS = String.raw`[\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]`;
/** A letter or digit of a spaced script: a word of one ends where an unspaced script starts ("NATOは"). */
const SPACED_LETTER = String.raw`(?:(?!${UNSPACED_BLOCKS})[\p{L}\p{N}])`;

/** Words starting with one of `alternatives` (regular expressions' sources), never inside a word. */
function wordsPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<!${SPACED_LETTER})(?:${alternatives.join('|')})${SPACED_LETTER}*`, 'giu');
}

/** The matcher for the matched terms (lowercased index forms). Build it once per query and pass it
 * to `snippetWith` for every result: compiling a Unicode pattern of dozens of words costs
 * milliseconds, fifty times over a keystroke. Null when there is nothing to find. */
export function termMatcher(terms: readonly string[]): TermMatcher | null {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new TermMatcher(
    usable.filter((term) => !isUnspacedTerm(term)),
    usable.filter(isUnspacedTerm),
  );
}

/** Every match in `text`, in order, overlapping and touching ones joined. */
function matchesIn(text: string, matcher: TermMatcher): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const words = matcher.wordsIn(text);
  if (words) {
    for (let match = words.exec(text); match; match = words.exec(text)) found.push([match.index, match.index + match[0].length]);
  }
  // These scripts have no case: the text is searched as it is, and offsets stay the text's own.
  for (const range of matcher.unspacedIn(text)) found.push(range);
  found.sort((a, b) => a[0] - b[0]);
  const joined: Array<[number, number]> = [];
  for (const range of found) {
    const last = joined[joined.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else joined.push([range[0], range[1]]);
  }
  return joined;
}

/** Where the first match starts in `text` (-1 for none), without listing every match of a long text. */
function firstMatchAt(text: string, matcher: TermMatcher): number {
  const word = matcher.firstWordIn(text);
  const unspaced = matcher.firstUnspacedIn(text);
  return word < 0 || (unspaced >= 0 && unspaced < word) ? unspaced : word;
}

export function snippetOf(text: string, terms: readonly string[]): Snippet {
  return snippetWith(text, termMatcher(terms));
}

/** As `snippetOf`, with a matcher from `termMatcher` (shared between results). */
export function snippetWith(text: string, matcher: TermMatcher | null): Snippet {
  const firstAt = matcher ? firstMatchAt(text, matcher) : -1;
  if (!matcher || firstAt < 0) return { text: trimTo(text, 0, BEFORE + AFTER), marks: [], position: null, length: 0 };
  const [first] = matchesIn(text.slice(firstAt, firstAt + LONGEST_MATCH), matcher);
  const length = first ? first[1] : 0;

  let start = Math.max(0, firstAt - BEFORE);
  let end = Math.min(text.length, firstAt + AFTER);
  // Cut at spaces so the snippet never starts or ends mid-word; text without spaces (Chinese,
  // Japanese) at the end of a sentence where one ends between the cut and the match.
  if (start > 0) start = cutAfter(text, start, firstAt);
  if (end < text.length) end = cutBefore(text, end, firstAt + length);

  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const marks = matchesIn(window, matcher).map(([from, to]): [number, number] => [prefix.length + from, prefix.length + to]);
  return { text: `${prefix}${window}${suffix}`, marks, position: firstAt, length };
}

const SENTENCE_ENDS = ['。', '！', '？'];

/** Where a snippet cut near `at` starts: after the first space, else sentence end, before `limit`. */
function cutAfter(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  if (space >= 0 && space < limit) return space + 1;
  const ends = SENTENCE_ENDS.map((mark) => text.indexOf(mark, at)).filter((end) => end >= 0 && end + 1 <= limit);
  return ends.length > 0 ? Math.min(...ends) + 1 : at;
}

/** Where a snippet cut near `at` ends: at the last space, else after a sentence end, from `limit` on. */
function cutBefore(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  if (space >= limit) return space;
  const ends = SENTENCE_ENDS.map((mark) => text.lastIndexOf(mark, at - 1)).filter((end) => end + 1 >= limit);
  return ends.length > 0 ? Math.max(...ends) + 1 : Math.max(at, limit);
}

function trimTo(text: string, start: number, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(start, length)}…` : flat;
}
