// Runs in Node. Finds the story: the run of lines with the most prose, where prose scores positive
// and junk, headings-without-text and "the article is over" cues score negative.
//
// This is the "position relative to the densest run of good paragraphs" signal: a maximum-sum
// segment (Kadane) over per-line scores. Good-looking text far from the story (teasers under
// "Other news", footer disclaimers after a credit line) is cut off by the negative lines between,
// while short subheadings and an ad slot inside the story are bridged. A story that an inline box
// cuts in two is put back together from its parts by assemble.ts.
import { assembleParts, isProse, noParts, type Part } from './assemble.js';
import type { ClassifiedLine } from './boilerplate.js';
import { dateline, signOffAgency } from './credits.js';

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

/** Share of function words from which a short line reads as a sentence (DENSITY_LOW of boilerplate.ts). */
const DENSITY_OF_PROSE = 0.2;

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
  else if (line.cls === 'short') s = line.density >= DENSITY_OF_PROSE || line.sentenceEnd ? -3 : -15;
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
/** The longest line read as a date line: a longer one with a date in it is prose. */
const HEADER_LENGTH = 100;

/** A line with a full date just above the text: the story's dateline or byline ("Posted on March 30, 2015"). */
function datedHeader(lines: readonly ClassifiedLine[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - HEADER_LINES); i--) {
    const line = lines[i];
    if (line && line.length <= HEADER_LENGTH && line.dates.length > 0) return true;
  }
  return false;
}

/**
 * The story, possibly in several parts (assemble.ts). Stories come before footers: the first
 * segment nearly as strong as the strongest is taken, so a long service notice or disclaimer at the
 * bottom does not beat a short story at the top. But a story is announced by its date line ("Posted
 * on March 30, 2015 by Admin"): when the text chosen so has none above it and a clearly weaker but
 * still substantial run of prose has one, that one is the story and the first was a sidebar blurb,
 * a teaser block or a disclaimer.
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
  parts = withLede(lines, parts);
  parts = withClosing(lines, parts);
  parts = belowDateLine(lines, parts);
  const first = parts.length > 0 ? parts[0] : undefined;
  const last = parts.length > 0 ? parts[parts.length - 1] : undefined;
  return first && last ? { start: first.start, end: last.end, parts } : { start: 0, end: -1, parts: noParts() };
}

/** Shortest lede line taken back (LENGTH_LOW of boilerplate.ts: shorter is a label or a heading). */
const LEDE_LENGTH = 70;
/** Share of function words a lede line needs: a sentence's, not a headline's or a teaser title's. */
const LEDE_DENSITY = 0.28;
/** A line ending in a bracket is a photo's caption with its credit ("... the Moon [SpaceX via Nasa]"). */
const CLOSING_BRACKET = /[)\]]$/u;

/** A sentence of the story's opening that lacks its full stop: prose in all but that. */
function isLede(line: ClassifiedLine | undefined): boolean {
  if (!line || line.junk || line.copyright || line.endCue !== 0 || line.dates.length > 0) return false;
  if (line.occurrences > 1 || line.repeatsEarlier || CLOSING_BRACKET.test(line.text)) return false;
  return (line.cls === 'good' || line.cls === 'near-good') && line.length >= LEDE_LENGTH && line.density >= LEDE_DENSITY;
}

/**
 * The story's first lines, when the page left their full stops off ("Chelsea have this morning paid
 * the £71.6million fee … Kepa Arrizabalaga", then a full paragraph), score as a heading does and the
 * scan starts below them. They are taken back when they reach up to the story's date line. Not above
 * a story that opens with its dateline ("WASHINGTON — …"): that is where it starts, and the line
 * over it is a photo's caption.
 */
function withLede(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  const first = parts.length > 0 ? parts[0] : undefined;
  if (!first || dateline(lines[first.start]?.text ?? '')) return parts;
  let start = first.start;
  while (start > 0 && isLede(lines[start - 1])) start--;
  const above = lines[start - 1];
  if (start === first.start || !above || above.length > HEADER_LENGTH || above.dates.length === 0) return parts;
  parts[0] = { start, end: first.end };
  return parts;
}

/** Words a closing line of the story needs: a sentence's, not a label's. */
const CLOSING_TOKENS = 4;
/** A line that speaks to the reader ("Thanks for signing up!", "Follow me on Twitter") or credits the report. */
const TO_THE_READER = /\b(?:you|your|thanks|thank)\b|^follow\b|contributed to this report/iu;

/** A short sentence that may close the story ("Usov says the family thought they'd never see the cat again."). */
function isClosing(line: ClassifiedLine | undefined): boolean {
  if (!line || line.junk || line.copyright || line.endCue !== 0 || line.occurrences > 1) return false;
  // The last paragraph signed by its agency ("… to sneak into the US. PTI"): a sentence, however long.
  if (line.cls === 'near-good' && signOffAgency(line.text) !== null) return true;
  if (line.cls !== 'short' || !line.sentenceEnd) return false;
  return line.density >= DENSITY_OF_PROSE && line.tokens >= CLOSING_TOKENS && !TO_THE_READER.test(line.text);
}

/**
 * The story's last lines, when it ends on short sentences: each costs the scan a little (a short
 * line may be a label), so a story's closing line ("Officials did not immediately provide any other
 * details.") was left out. Short sentences right under the story are taken back, up to the first
 * line that is anything else.
 */
function withClosing(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  const last = parts.length > 0 ? parts[parts.length - 1] : undefined;
  if (!last) return parts;
  let end = last.end;
  while (end + 1 < lines.length && isClosing(lines[end + 1])) end++;
  if (end === last.end) return parts;
  parts[parts.length - 1] = { start: last.start, end };
  return parts;
}

/** The longest line read as a headline or a standfirst over the story's date line. */
const HEADLINE_LENGTH = 150;

/**
 * The story's start, when the scan began on its headline or standfirst (one that ends like a
 * sentence: 'Video shows dramatic rescue of 8-year-old kidnapping victim: "We got her!"') and the
 * next line dates it ("Updated on: November 19, 2019 / 10:07 AM / CBS News"): the story is what
 * follows the date line. Not when that first line opens with its dateline: then it is the story's.
 */
function belowDateLine(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  const first = parts.length > 0 ? parts[0] : undefined;
  if (!first || first.end - first.start < 2) return parts;
  const top = lines[first.start];
  const next = lines[first.start + 1];
  if (!top || !next || top.length > HEADLINE_LENGTH || next.length > HEADER_LENGTH || next.dates.length === 0) return parts;
  if (dateline(top.text)) return parts;
  parts[0] = { start: first.start + 2, end: first.end };
  return parts;
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
