// Runs in Node. Finds a stored highlight's passage in the current body text, or reports it orphaned.
//
// The Hypothesis strategy, in order of trust:
//   1. the stored position, when the quote is still exactly there;
//   2. an exact occurrence of the quote, preferring the one whose context and position match best;
//   3. a fuzzy match (approx-string-match, Myers' bit-parallel algorithm) with at most MAX_ERROR_RATE
//      of the quote's characters changed, scored on quote similarity, context and position.
// Anything else is an orphan: kept and shown to the person, never dropped and never guessed.
import search from 'approx-string-match';
import type { RangeSelectors } from './describe-range.js';

export interface ResolvedRange {
  start: number;
  end: number;
  /** How it was found: lets tests (and future UI) tell an exact anchor from a fuzzy one. */
  how: 'position' | 'quote' | 'fuzzy';
}

/** At most one character in five may differ: typo fixes and re-wrapping pass, other passages do not. */
export const MAX_ERROR_RATE = 0.2;
/** Shorter quotes ("NATO", "2013") are too common to match fuzzily without inventing a place. */
const MIN_FUZZY_LENGTH = 8;
/** Long quotes are matched by their two ends: the cost of fuzzy search grows with the quote's length. */
const END_LENGTH = 64;
const LONG_QUOTE = 4 * END_LENGTH;

export function resolveRange(text: string, selectors: RangeSelectors): ResolvedRange | null {
  const { exact } = selectors.quote;
  const { start } = selectors.position;
  if (text.slice(start, start + exact.length) === exact) return { start, end: start + exact.length, how: 'position' };
  return exactQuote(text, selectors) ?? fuzzyQuote(text, selectors);
}

function exactQuote(text: string, selectors: RangeSelectors): ResolvedRange | null {
  const { exact, prefix, suffix } = selectors.quote;
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, prefix, suffix) - proximity(at, selectors.position.start, text.length);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? { start: best.at, end: best.at + exact.length, how: 'quote' } : null;
}

/** Characters of matching context next to the quote: more means the same spot as before. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && text[start - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i++) score++;
  return score;
}

/** Between 0 and 1: a tie-breaker favouring the occurrence nearest the old position. */
function proximity(at: number, expected: number, length: number): number {
  return Math.abs(at - expected) / (length + 1);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function fuzzyQuote(text: string, selectors: RangeSelectors): ResolvedRange | null {
  const { exact } = selectors.quote;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (exact.length < MIN_FUZZY_LENGTH || maxErrors < 1) return null;
  const candidates = exact.length > LONG_QUOTE ? longCandidates(text, exact, maxErrors) : search(text, exact, maxErrors);
  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    const score = scoreOf(text, candidate, selectors);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best ? { start: best.candidate.start, end: best.candidate.end, how: 'fuzzy' } : null;
}

/**
 * Candidates for a long quote: where its first and last END_LENGTH characters match (each within the
 * error rate), paired when the span between them is within the error rate of the quote's length.
 */
function longCandidates(text: string, exact: string, maxErrors: number): Candidate[] {
  const endErrors = Math.floor(END_LENGTH * MAX_ERROR_RATE);
  const heads = search(text, exact.slice(0, END_LENGTH), endErrors);
  const tails = search(text, exact.slice(-END_LENGTH), endErrors);
  const found: Candidate[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      const length = tail.end - head.start;
      const lengthError = Math.abs(length - exact.length);
      if (tail.start < head.end || lengthError > maxErrors) continue;
      found.push({ start: head.start, end: tail.end, errors: head.errors + tail.errors + lengthError });
    }
  }
  return found;
}

/** Hypothesis' weighting: the quote itself counts most, then its context, then its old position. */
function scoreOf(text: string, candidate: Candidate, selectors: RangeSelectors): number {
  const { exact, prefix, suffix } = selectors.quote;
  const quoteScore = 1 - candidate.errors / exact.length;
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
  const positionScore = 1 - proximity(candidate.start, selectors.position.start, text.length);
  return 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
}

/** 1 for equal strings, falling towards 0 with the edit distance (bounded by the longer length). */
function similarity(actual: string, expected: string): number {
  if (actual === expected) return 1;
  const length = Math.max(actual.length, expected.length);
  if (length === 0) return 1;
  const match = search(actual, expected, length)[0];
  return match ? 1 - match.errors / length : 0;
}
