// Runs in the renderer. The timeline's rows: the library's stories by publication date, oldest first,
// each month under its heading, so a developing story can be read in order. Copies of a story appear
// once (their original stands for them). Rows, not nested groups, so the timeline can be virtualised
// like the library list: at 100,000 articles, drawing every story took the page over 20 seconds.
// With its extension: Node's tests import this module too (tests/unit/timeline.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const UNKNOWN_MONTH = 'Date unknown';
/** What monthOf reads a month from. */
const MONTH_PREFIX = /^(\d{4})-(0[1-9]|1[0-2])/;

export function monthOf(published: string | null): string {
  const match = published?.match(MONTH_PREFIX);
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : UNKNOWN_MONTH;
}

export interface TimelineRows {
  /** Row i: a month's heading (its name) or a story. */
  readonly rows: ReadonlyArray<string | ArticleSummary>;
  /** Indexes of the heading rows, ascending. */
  readonly headings: readonly number[];
}

/**
 * The timeline's rows from the library in its "newest first" order (list-order.ts: by date, then by
 * title), read backwards one run of equal dates at a time, so ties keep their title order: one pass,
 * where grouping 95,000 stories by day and sorting each day took 100-180 ms at 100,000 articles, on
 * every switch to the Timeline. Dates with no month to file them under ("2011", text) go under
 * "Date unknown" with the undated ones, so each heading appears once.
 */
export function timelineRows(newestFirst: readonly ArticleSummary[]): TimelineRows {
  const rows: Array<string | ArticleSummary> = [];
  const headings: number[] = [];
  const unknown: ArticleSummary[] = [];
  let undatedFrom = newestFirst.length;
  while (undatedFrom > 0 && !newestFirst[undatedFrom - 1]?.published) undatedFrom--;
  /** The "YYYY-MM" the month being listed starts with. */
  let prefix = '';
  for (let end = undatedFrom; end > 0; ) {
    const published = newestFirst[end - 1]?.published ?? '';
    let start = end - 1;
    while (start > 0 && newestFirst[start - 1]?.published === published) start--;
    // A date in the month being listed has one (the prefix came from a date that matched).
    const sameMonth = prefix !== '' && published.startsWith(prefix);
    const dated = sameMonth || MONTH_PREFIX.test(published);
    for (let i = start; i < end; i++) {
      const story = newestFirst[i] as ArticleSummary;
      if (story.duplicateOf !== null) continue;
      if (!dated) {
        unknown.push(story);
        continue;
      }
      if (!sameMonth && published.slice(0, 7) !== prefix) {
        prefix = published.slice(0, 7);
        headings.push(rows.length);
        rows.push(monthOf(published));
      }
      rows.push(story);
    }
    end = start;
  }
  for (let i = undatedFrom; i < newestFirst.length; i++) {
    const story = newestFirst[i] as ArticleSummary;
    if (story.duplicateOf === null) unknown.push(story);
  }
  if (unknown.length > 0) {
    headings.push(rows.length);
    rows.push(UNKNOWN_MONTH);
    for (const story of unknown) rows.push(story);
  }
  return { rows, headings };
}
