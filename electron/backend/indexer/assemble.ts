// Runs in Node. Puts a story back together when the page cut it in pieces: an inline "Most read"
// box, a video caption with its own date line or a "Read more" teaser sits between two parts of
// the text, and the max-sum scan in region.ts, which sees an end cue there, keeps only one part.
//
// A neighbouring segment joins the story when (1) the gap is short and holds at most one end cue,
// never a comments cue, copyright or credit line (those really end an article); (2) it is prose of
// its own (several good paragraphs); and (3) it continues the story: it shares enough content words
// with it. Teaser lists and footers fail (2) or (3): teasers are one-paragraph items on other
// topics, footers are boilerplate with no words in common with the story.
import type { ClassifiedLine } from './boilerplate.js';
import { isStopwordAt } from './stopwords.js';
import { fnv1a, forEachWord } from './text-utils.js';

export interface Part {
  start: number;
  end: number;
}

/**
 * No parts, in an array of the kind a filled list of parts is: V8 keeps an empty array literal in
 * another kind, and the extractor, compiled for lists that held parts, was thrown away and compiled
 * again at the first page without a story (a tenth of a second of a worker's start).
 */
export function noParts(): Part[] {
  const parts: Part[] = [{ start: 0, end: -1 }];
  parts.pop();
  return parts;
}

export interface Scored extends Part {
  sum: number;
}

/** Longest gap (in lines) a story may flow around: an inline box or a caption, not a whole list. */
const MAX_GAP = 15;
/** A continuation is several paragraphs of prose of its own... */
const MIN_GOOD = 2;
const MIN_SUM = 250;
/** ...sharing this many of its content words with the story so far (a count and a share). */
const MIN_SHARED = 8;
const MIN_SHARED_SHARE = 0.15;
/** Only so many lines are read for vocabulary, so a huge page costs no more than a normal one. */
const MAX_VOCAB_LINES = 400;

function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Content words (not function words, not numbers, four letters or more) of the lines in a part. */
function vocabulary(lines: readonly ClassifiedLine[], part: Part, into = new Set<string>()): Set<string> {
  const last = Math.min(part.end, part.start + MAX_VOCAB_LINES);
  for (let i = part.start; i <= last; i++) {
    const line = lines[i];
    if (!line || line.junk || line.cls === 'bad') continue;
    const lower = line.lower;
    // Tested in place; only a content word is copied out as a string (see lines.ts).
    forEachWord(lower, (start, end) => {
      if (end - start < 4 || allDigits(lower, start, end) || isStopwordAt(lower, start, end, fnv1a(lower, start, end))) return;
      into.add(lower.slice(start, end));
    });
  }
  return into;
}

function gapAllows(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  if (to - from + 1 > MAX_GAP) return false;
  let cues = 0;
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.commentCue || line.copyright || line.credit !== null) return false;
    if (line.endCue === 2) cues++;
  }
  return cues <= 1;
}

/** Several good paragraphs of its own: a part of a story, not a one-line teaser or a caption. */
export function isProse(lines: readonly ClassifiedLine[], part: Scored): boolean {
  if (part.sum < MIN_SUM) return false;
  let good = 0;
  for (let i = part.start; i <= part.end && good < MIN_GOOD; i++) if (lines[i]?.cls === 'good') good++;
  return good >= MIN_GOOD;
}

function continues(story: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of words) if (story.has(w)) shared++;
  return shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * words.size;
}

/** A line between two parts of the story that reads as a sentence of it (not a teaser title). */
function storySentence(line: ClassifiedLine): boolean {
  if (line.junk || line.endCue > 0) return false;
  return (line.cls === 'short' || line.cls === 'near-good') && line.sentenceEnd && line.density >= 0.2;
}

function sentencesBetween(lines: readonly ClassifiedLine[], from: number, to: number): Part[] {
  const out: Part[] = [];
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (line && storySentence(line)) out.push({ start: i, end: i });
  }
  return out;
}

/**
 * The story's parts in page order, starting from the chosen segment `segments[at]` and taking in
 * neighbours (after, then before) while each one continues the story. Small segments inside a gap
 * (a caption, a one-line teaser) are stepped over, not joined; of the gap itself only the lines
 * that read as the story's sentences are kept (a video player's caption date is not).
 */
export function assembleParts(lines: readonly ClassifiedLine[], segments: readonly Scored[], at: number): Part[] {
  // (-1 when no segment was chosen: an index outside the array had V8 throw this compiled away.)
  const chosen = at >= 0 ? segments[at] : undefined;
  if (!chosen) return noParts();
  const parts: Part[] = [{ start: chosen.start, end: chosen.end }];
  // Read only once a neighbour could join: most stories are one segment, and this reads all of it.
  let story: Set<string> | null = null;
  const joins = (candidate: Scored): boolean => {
    story ??= vocabulary(lines, chosen);
    const words = vocabulary(lines, candidate);
    if (!continues(story, words)) return false;
    for (const w of words) story.add(w);
    return true;
  };
  for (let i = at + 1; i < segments.length; i++) {
    const next = segments[i];
    const last = parts[parts.length - 1];
    if (!next || !last || !gapAllows(lines, last.end + 1, next.start - 1)) break;
    if (!isProse(lines, next)) continue;
    if (!joins(next)) break;
    parts.push(...sentencesBetween(lines, last.end + 1, next.start - 1));
    parts.push({ start: next.start, end: next.end });
  }
  for (let i = at - 1; i >= 0; i--) {
    const prev = segments[i];
    const first = parts[0];
    if (!prev || !first || !gapAllows(lines, prev.end + 1, first.start - 1)) break;
    if (!isProse(lines, prev)) continue;
    if (!joins(prev)) break;
    parts.unshift(...sentencesBetween(lines, prev.end + 1, first.start - 1));
    parts.unshift({ start: prev.start, end: prev.end });
  }
  return parts;
}
