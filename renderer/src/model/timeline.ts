// Runs in the renderer. The timeline's rows: the library's stories by publication date, oldest first,
// each month under its heading, so a developing story can be read in order. Copies of a story appear
// once (their original stands for them). Rows, not nested groups, so the timeline can be virtualised
// like the library list: at 100,000 articles, drawing every story took the page over 20 seconds.
// With its extension: Node's tests import this module too (tests/unit/timeline.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthOf(published: string | null): string {
  const match = published?.match(/^(\d{4})-(\d{2})/);
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : 'Date unknown';
}

export interface TimelineRows {
  /** Row i: a month's heading (its name) or a story. */
  readonly rows: ReadonlyArray<string | ArticleSummary>;
  /** Indexes of the heading rows, ascending. */
  readonly headings: readonly number[];
}

export function timelineRows(list: readonly ArticleSummary[]): TimelineRows {
  const stories = list.filter((a) => a.duplicateOf === null);
  // ISO-like dates order as plain strings; localeCompare would cost seconds over 100,000 articles.
  const dated = stories.filter((a) => a.published).sort((a, b) => ((a.published as string) < (b.published as string) ? -1 : (a.published as string) > (b.published as string) ? 1 : 0));
  const months = new Map<string, ArticleSummary[]>();
  for (const story of [...dated, ...stories.filter((a) => !a.published)]) {
    const month = monthOf(story.published);
    const group = months.get(month);
    if (group) group.push(story);
    else months.set(month, [story]);
  }
  const rows: Array<string | ArticleSummary> = [];
  const headings: number[] = [];
  for (const [month, group] of months) {
    headings.push(rows.length);
    rows.push(month);
    for (const story of group) rows.push(story);
  }
  return { rows, headings };
}
