// Runs in Node. Finds the story: the contiguous run of lines with the most prose, where prose scores
// positive and junk, headings-without-text and "the article is over" cues score negative.
//
// This is the "position relative to the densest run of good paragraphs" signal: a maximum-sum
// segment (Kadane) over per-line scores. Good-looking text far from the story (teasers under
// "Other news", footer disclaimers after a credit line) is cut off by the negative lines between,
// while short subheadings and an ad slot inside the story are bridged.
import type { ClassifiedLine } from './boilerplate.js';

export interface Region {
  /** First and last line index of the story, inclusive; start > end when there is no story. */
  start: number;
  end: number;
}

/** Penalty of an end cue, in "characters of prose" that must follow for the story to go on. */
const END_PENALTY = [0, 120, 3000] as const;

function score(line: ClassifiedLine): number {
  const length = line.cjk ? line.length * 2 : line.length;
  let s: number;
  if (line.junk) s = -(40 + 0.3 * Math.min(length, 300));
  else if (line.cls === 'good') s = length;
  else if (line.cls === 'near-good') s = line.sentenceEnd || line.text.endsWith(':') ? 0.5 * length : -10;
  // A short line with function words or a full stop is a list item or subheading of the story; a
  // short line without them is a menu entry or a label.
  else if (line.cls === 'short') s = line.density >= 0.2 || line.sentenceEnd ? -3 : -15;
  else s = -(30 + 0.3 * Math.min(length, 300));
  return s - END_PENALTY[line.endCue];
}

/** Prose (in characters) above a comments cue for the story to be taken from above it only. */
const MIN_STORY = 300;
/** How strong (relative to the strongest) an earlier segment must be to be preferred. */
const EARLY_SHARE = 0.7;

/**
 * Reader comments are prose too, and on a busy page there is more of them than of the story, so the
 * first comments cue ends the search once a story has been seen above it (one pass: the best
 * segment so far is known at every line).
 */
export function findRegion(lines: readonly ClassifiedLine[]): Region {
  // Each run of Kadane's scan (from one reset to the next) yields its best segment; keep them all.
  const segments: Array<Region & { sum: number }> = [];
  let current: (Region & { sum: number }) | null = null;
  let best = 0;
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.commentCue && best >= MIN_STORY) break;
    if (sum <= 0) {
      sum = 0;
      current = null;
    }
    sum += score(line);
    if (sum > 0 && (!current || sum > current.sum)) {
      if (!current) {
        current = { start: i, end: i, sum };
        segments.push(current);
      } else {
        current.end = i;
        current.sum = sum;
      }
      best = Math.max(best, sum);
    }
  }
  // Stories come before footers: take the first segment nearly as strong as the strongest, so a
  // long service notice or disclaimer at the bottom does not beat a short story at the top.
  const chosen = segments.find((s) => s.sum >= best * EARLY_SHARE);
  return chosen ? { start: chosen.start, end: chosen.end } : { start: 0, end: -1 };
}

/** Whether a line inside the story is printed as a paragraph of the body. */
export function isBodyLine(line: ClassifiedLine): boolean {
  if (line.junk) return false;
  if (line.cls === 'bad') return false;
  return true;
}

/**
 * Reader comments: after the story, from a comments cue ("Leave a comment") to the footer
 * (copyright or another end cue). Only prose-like lines are comments; user names and time
 * stamps are dropped by the classifier.
 */
export function findComments(lines: readonly ClassifiedLine[], region: Region): ClassifiedLine[] {
  const from = lines.findIndex((l, i) => i > region.end && l.commentCue);
  if (from < 0) return [];
  const out: ClassifiedLine[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.copyright || (line.endCue === 2 && !line.commentCue && !line.dateOnly)) break;
    if (!line.junk && (line.cls === 'good' || line.cls === 'near-good')) out.push(line);
  }
  return out;
}
