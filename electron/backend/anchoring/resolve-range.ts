// Runs in Node. Finds a stored highlight's passage in the current body text, or reports it orphaned.
//
// First version of the Hypothesis-style strategy: trust the position when the quote is still there,
// otherwise look for the quote, preferring the occurrence whose context and position match best.
// (Fuzzy matching of edited quotes comes with the annotations issue; until then an edited passage
// is an orphan, kept and shown, never dropped.)
import type { RangeSelectors } from './describe-range.js';

export interface ResolvedRange {
  start: number;
  end: number;
}

export function resolveRange(text: string, selectors: RangeSelectors): ResolvedRange | null {
  const { exact, prefix, suffix } = selectors.quote;
  const { start } = selectors.position;
  if (text.slice(start, start + exact.length) === exact) return { start, end: start + exact.length };

  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, prefix, suffix) - Math.abs(at - start) / (text.length + 1);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? { start: best.at, end: best.at + exact.length } : null;
}

/** Characters of matching context next to the quote: more means the same spot as before. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && text[start - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i++) score++;
  return score;
}
