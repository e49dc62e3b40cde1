// Runs in Node. Rejoins hard-wrapped text (e-mail, Usenet, `fold`ed or `fmt`ed files), where each
// paragraph is cut into lines of about the same width, so the line classifier sees paragraphs.
//
// Page captures put one block per line and are left alone: the pass runs only when most lines sit
// just under one common width, which is the mark of wrapping, never of a web page's innerText.
// Hand-written: wrapping detection is a few statistics, and no maintained library does it.
import { whiteAt } from './text-utils.js';

/** Share of non-empty lines that must sit in the wrap band for the text to count as wrapped. */
const WRAPPED_SHARE = 0.5;
const MIN_LINES = 6;

/** The wrap width: the most common "long" line length rounded up, or null when there is none. */
function wrapWidth(lengths: readonly number[]): number | null {
  const long = lengths.filter((n) => n >= 40).sort((a, b) => a - b);
  if (long.length < MIN_LINES) return null;
  const width = long[Math.floor(long.length * 0.9)] ?? 0;
  if (width < 50 || width > 120) return null;
  // Wrapped lines fill to between ~75% and 100% of the width; nothing runs much past it.
  const inBand = lengths.filter((n) => n >= width * 0.72 && n <= width).length;
  const beyond = lengths.filter((n) => n > width * 1.15).length;
  return inBand >= lengths.length * WRAPPED_SHARE && beyond <= lengths.length * 0.05 ? width : null;
}

/** A line that starts a new block even without a blank line before it: a list item or a heading mark. */
const BLOCK_START = /^(?:[-*•·–]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/u;

/**
 * The lengths of a text's lines without their trailing white space, the blank ones left out: what
 * `text.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0)` gives, without making a
 * string of every line of every capture, which are nearly all left as they are.
 */
export function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && whiteAt(text, last - 1)) last--;
    if (last > start) lengths.push(last - start);
    start = end + 1;
  }
  return lengths;
}

export function unwrapHardWrapped(text: string): string {
  const width = wrapWidth(lineLengths(text));
  if (width === null) return text;
  const lines = text.split('\n');

  const out: string[] = [];
  let current: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current !== null) out.push(current);
      current = null;
      out.push('');
      continue;
    }
    if (current === null || BLOCK_START.test(line)) {
      if (current !== null) out.push(current);
      current = line;
    } else {
      current = `${current} ${line}`;
    }
    // A line well short of the width ends its paragraph: the writer pressed Enter there.
    if (raw.trimEnd().length < width * 0.6) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out.join('\n');
}
