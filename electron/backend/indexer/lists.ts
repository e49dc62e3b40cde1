// Runs in Node. Finds data lists: runs of lines that each open with a number or a date ("June 9 –
// Tampa, FL @ Amphitheatre", "1 Kyle Busch 5040 5 1 17", "3) Blu-Ray box set"). Stories end with
// such lists (tour dates, standings, the items a shopping guide names), and each entry alone looks
// like a menu entry: short, few function words, no full stop. Together they are the story's own
// data, so region.ts scores them as text instead of as chrome. A single numbered headline or a
// date-stamped teaser is not enough: only a run of several entries in a row counts.
import { startsWithMonthDay } from './dates.js';

export interface ListCandidate {
  text: string;
  length: number;
  /** Cue lines ("Related stories", "12 comments") end a list: they open the next block. */
  endCue: number;
}

/** Entries in a row (an odd line between two entries allowed) for a run to be a list. */
const MIN_ITEMS = 4;
/** An entry names something: a bare rank ("1") or a price is a widget's, not the story's. */
const MIN_ITEM_LENGTH = 15;
const MAX_ITEM_LENGTH = 200;
/** A line between two entries (a shop link under each product) is part of the list if this short. */
const MAX_BETWEEN_LENGTH = 80;

/** "14:48 Kylie Jenner's ...", "13 hours ago on iOS": time-stamped headline feeds, not data. */
const TIME_STAMPED = /^(\d{1,2}:\d{2}|\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[hmd])\b)/iu;

function isEntry(line: ListCandidate): boolean {
  if (line.length < MIN_ITEM_LENGTH || line.length > MAX_ITEM_LENGTH || line.endCue > 0) return false;
  if (TIME_STAMPED.test(line.text)) return false;
  // Cheap test before the month names: a dated entry has its day within the first few characters.
  if (!/^\d/u.test(line.text) && !(/\d/u.test(line.text.slice(0, 16)) && startsWithMonthDay(line.text))) return false;
  // At least two words of letters: "2 soft-boiled eggs", not "2019 21.5" $1,099".
  return (line.text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2;
}

/** Indexes of the lines that belong to a data list (its entries and the short lines between them). */
export function dataListLines(lines: readonly ListCandidate[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (!first || !isEntry(first)) {
      i++;
      continue;
    }
    // Extend the run: the next entry is on the next line, or on the one after a short odd line.
    let last = i;
    let items = 1;
    for (;;) {
      const next = lines[last + 1];
      if (next && isEntry(next)) {
        last += 1;
        items++;
        continue;
      }
      const after = lines[last + 2];
      if (next && after && next.length <= MAX_BETWEEN_LENGTH && next.endCue === 0 && isEntry(after)) {
        last += 2;
        items++;
        continue;
      }
      break;
    }
    if (items >= MIN_ITEMS) for (let k = i; k <= last; k++) out.add(k);
    i = last + 1;
  }
  return out;
}
