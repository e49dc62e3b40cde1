// Runs in Node. Where the story starts and ends, once region.ts has found it: the scan of line
// scores misses sentences a page printed without what makes a line read as prose (a full stop, a
// few function words), and starts on a headline that ends like a sentence. Each adjustment here
// looks at a few lines at the story's edges, so none costs a page's extraction anything to speak of.
import type { Part } from './assemble.js';
import { DATE_LINE_LENGTH, DENSITY_LOW, type ClassifiedLine } from './boilerplate.js';
import { dateline, signOffAgency } from './credits.js';

/** The story's parts with its first and last lines settled (the array is changed in place). */
export function settleEdges(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  return fromDateline(lines, belowDateLine(lines, withClosing(lines, withLede(lines, parts))));
}

/** A sentence that opens with the story's dateline ("LOS ANGELES (AP) — …"): where the story starts. */
function opensWithDateline(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && !line.junk && line.sentenceEnd && dateline(line.text) !== null;
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
 * scan starts below them. They are taken back when they reach up to the story's date line, or to a
 * first sentence that opens with its dateline ("LOS ANGELES (AP) — To LeBron James, triple-doubles
 * are not a goal.", too short to score as prose). Not above a story that already opens with its
 * dateline ("WASHINGTON — …"): that is where it starts, and the line over it is a photo's caption.
 */
function withLede(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  const first = parts.length > 0 ? parts[0] : undefined;
  if (!first || dateline(lines[first.start]?.text ?? '')) return parts;
  let start = first.start;
  while (start > 0 && isLede(lines[start - 1])) start--;
  const above = lines[start - 1];
  // A first sentence that opens with its dateline starts the story, however short.
  if (opensWithDateline(above)) start--;
  else if (start === first.start || !above || above.length > DATE_LINE_LENGTH || above.dates.length === 0) return parts;
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
  return line.density >= DENSITY_LOW && line.tokens >= CLOSING_TOKENS && !TO_THE_READER.test(line.text);
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
  if (!top || !next || top.length > HEADLINE_LENGTH || next.length > DATE_LINE_LENGTH || next.dates.length === 0) return parts;
  if (dateline(top.text)) return parts;
  parts[0] = { start: first.start + 2, end: first.end };
  return parts;
}

/** "Editor's note: this story was updated …", "Correction: …", "Update: …". */
const EDITORS_NOTE = /^(?:editor['’]s note|correction|clarification|update)\b/iu;
/** How far into the story a dateline is looked for: teasers printed right above it are a line or two. */
const DATELINE_REACH = 3;

/**
 * The story starts at its dateline ("BUFFALO, N.Y. — Hours before …") when one opens a line among its
 * first few: what the scan took in above it are teasers printed right over the story ("Skimming
 * device found at Eagan Kwik Trip"). Not below an editor's note or a correction, which is printed there.
 */
function fromDateline(lines: readonly ClassifiedLine[], parts: Part[]): Part[] {
  const first = parts.length > 0 ? parts[0] : undefined;
  if (!first) return parts;
  const reach = Math.min(first.end, first.start + DATELINE_REACH);
  for (let i = first.start + 1; i <= reach; i++) {
    // An editor's note or a correction is printed over the dateline, and is the story's.
    if (EDITORS_NOTE.test(lines[i - 1]?.text ?? '')) return parts;
    if (opensWithDateline(lines[i])) {
      parts[0] = { start: i, end: first.end };
      return parts;
    }
  }
  return parts;
}
