// Runs in Node. A short extract around the first matched word, with every matched word marked,
// so a result shows why it matched.

export interface Snippet {
  text: string;
  /** [start, end) ranges of matched words within `text`. */
  marks: Array<[number, number]>;
  /** Where the first match is in the full text; null when no word could be found again. */
  position: number | null;
}

const BEFORE = 60;
const AFTER = 160;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words that start with any of the matched terms (terms are lowercased index forms). Build it once
 * per query and pass it to `snippetWith` for every result: compiling a Unicode pattern of dozens of
 * words costs milliseconds, fifty times over a keystroke. */
export function termPattern(terms: readonly string[]): RegExp | null {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

export function snippetOf(text: string, terms: readonly string[]): Snippet {
  return snippetWith(text, termPattern(terms));
}

/** As `snippetOf`, with a pattern from `termPattern` (shared between results, so reset here). */
export function snippetWith(text: string, pattern: RegExp | null): Snippet {
  if (pattern) pattern.lastIndex = 0;
  const first = pattern ? pattern.exec(text) : null;
  if (!pattern || !first) return { text: trimTo(text, 0, BEFORE + AFTER), marks: [], position: null };

  let start = Math.max(0, first.index - BEFORE);
  let end = Math.min(text.length, first.index + AFTER);
  // Cut at word boundaries so the snippet never starts or ends mid-word.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first.index + first[0].length);

  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const marks: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    marks.push([prefix.length + match.index, prefix.length + match.index + match[0].length]);
  }
  return { text: `${prefix}${window}${suffix}`, marks, position: first.index };
}

function trimTo(text: string, start: number, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(start, length)}…` : flat;
}
