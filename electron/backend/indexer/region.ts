// Runs in Node. Finds the story: the run of lines with the most prose, where prose scores positive
// and junk, headings-without-text and "the article is over" cues score negative.
//
// This is the "position relative to the densest run of good paragraphs" signal: a maximum-sum
// segment (Kadane) over per-line scores. Good-looking text far from the story (teasers under
// "Other news", footer disclaimers after a credit line) is cut off by the negative lines between,
// while short subheadings and an ad slot inside the story are bridged. A story that an inline box
// cuts in two is put back together from its parts by assemble.ts.
import { assembleParts, isProse, noParts } from './assemble.js';
import { DATE_LINE_LENGTH, DENSITY_LOW, type ClassifiedLine } from './boilerplate.js';
import { settleEdges } from './story-edges.js';

export interface Region {
  /** First and last line index of the story, inclusive; start > end when there is no story. */
  start: number;
  end: number;
}

/** The story: its outer bounds, and the parts within them that are text (the rest is an inline box). */
export interface Story extends Region {
  parts: readonly Region[];
}

/** Penalty of an end cue, in "characters of prose" that must follow for the story to go on. */
const END_PENALTY = [0, 120, 3000] as const;

/** Weight of a data list entry's characters, relative to prose (see lists.ts). */
const LIST_WEIGHT = 0.3;

export function score(line: ClassifiedLine): number {
  const length = line.cjk ? line.length * 2 : line.length;
  let s: number;
  if (line.junk) s = -(40 + 0.3 * Math.min(length, 300));
  // A data list's entries are the story's data, but weigh less than its sentences: enough to carry
  // the story through its list of tour dates, not to beat a page's prose on their own.
  else if (line.listItem) s = LIST_WEIGHT * length;
  else if (line.cls === 'good') s = length;
  else if (line.cls === 'near-good') s = line.sentenceEnd || line.text.endsWith(':') ? 0.5 * length : -10;
  // A short line with function words or a full stop is a list item or subheading of the story; a
  // short line without them is a menu entry or a label.
  else if (line.cls === 'short') s = line.density >= DENSITY_LOW || line.sentenceEnd ? -3 : -15;
  else s = -(30 + 0.3 * Math.min(length, 300));
  return s - END_PENALTY[line.endCue];
}

/**
 * Menus, staff lists and link blocks are runs of short capitalised labels. One or two inside a
 * story are subheadings, but past MENU_RUN in a row every further line costs MENU_PENALTY more, so
 * the scan no longer bridges a whole menu to reach prose on its far side (a donation appeal above
 * the staff list, the story below it).
 */
const MENU_RUN = 4;
const MENU_PENALTY = 100;

/** Most words capitalised, as in a menu entry, a name or a link title ("Meet the Team"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0) return true;
  let upper = 0;
  for (const w of words) if (w !== w.toLowerCase() && w[0] !== w[0]?.toLowerCase()) upper++;
  return upper >= 0.75 * words.length;
}

function menuLike(line: ClassifiedLine): boolean {
  return line.junk || (line.cls === 'short' && !line.listItem && !line.sentenceEnd && isTitleCase(line.text));
}

/** Prose (in characters) above a comments cue for the story to be taken from above it only. */
const MIN_STORY = 300;
/** How strong (relative to the strongest) an earlier segment must be to be preferred. */
const EARLY_SHARE = 0.7;
/** How strong a segment under a date line must be to be preferred to one under none (see findRegion). */
const DATED_SHARE = 0.2;

export interface Segment extends Region {
  /** Sum of line scores over the segment. */
  sum: number;
}

/**
 * Kadane's scan: each run (from one reset to the next) yields its best segment, in page order.
 * Reader comments are prose too, and on a busy page there is more of them than of the story, so the
 * first comments cue ends the search once a story has been seen above it (one pass: the best
 * segment so far is known at every line).
 */
export function storySegments(lines: readonly ClassifiedLine[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let best = 0;
  let sum = 0;
  let menuRun = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.commentCue && best >= MIN_STORY) break;
    if (sum <= 0) {
      sum = 0;
      current = null;
    }
    menuRun = menuLike(line) ? menuRun + 1 : 0;
    sum += score(line) - (menuRun > MENU_RUN ? MENU_PENALTY : 0);
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
  return segments;
}

/** Lines above a text searched for its date line. */
const HEADER_LINES = 4;

/** A line with a full date just above the text: the story's dateline or byline ("Posted on March 30, 2015"). */
function datedHeader(lines: readonly ClassifiedLine[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - HEADER_LINES); i--) {
    const line = lines[i];
    if (line && line.length <= DATE_LINE_LENGTH && line.dates.length > 0) return true;
  }
  return false;
}

/**
 * The story, possibly in several parts (assemble.ts). Stories come before footers: the first
 * segment nearly as strong as the strongest is taken, so a long service notice or disclaimer at the
 * bottom does not beat a short story at the top. But a story is announced by its date line ("Posted
 * on March 30, 2015 by Admin"): when the text chosen so has none above it and a clearly weaker but
 * still substantial run of prose has one, that one is the story and the first was a sidebar blurb,
 * a teaser block or a disclaimer. Its first and last lines are then settled (story-edges.ts).
 */
export function findRegion(lines: readonly ClassifiedLine[]): Story {
  const segments = storySegments(lines);
  let best = 0;
  for (const s of segments) best = Math.max(best, s.sum);
  let parts = assembleParts(lines, segments, segments.findIndex((s) => s.sum >= best * EARLY_SHARE));
  // Lengths checked before reading: reading past an array's end threw the compiled code away.
  const start = parts.length > 0 ? parts[0]?.start : undefined;
  if (start !== undefined && !datedHeader(lines, start)) {
    const dated = segments.findIndex((s) => s.sum >= best * DATED_SHARE && isProse(lines, s) && datedHeader(lines, s.start));
    if (dated >= 0) parts = assembleParts(lines, segments, dated);
  }
  parts = settleEdges(lines, parts);
  const first = parts.length > 0 ? parts[0] : undefined;
  const last = parts.length > 0 ? parts[parts.length - 1] : undefined;
  return first && last ? { start: first.start, end: last.end, parts } : { start: 0, end: -1, parts: noParts() };
}

/** Whether a line inside the story is printed as a paragraph of the body. */
export function isBodyLine(line: ClassifiedLine): boolean {
  if (line.junk) return false;
  if (line.cls === 'bad' && !line.listItem) return false;
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
