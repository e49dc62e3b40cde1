// Runs in the renderer. The timeline's rows: the library's stories by publication date, oldest first,
// each month under its heading, so a developing story can be read in order. Copies of a story appear
// once (their original stands for them). Rows, not nested groups, so the timeline can be virtualised
// like the library list: at 100,000 articles, drawing every story took the page over 20 seconds.
// With its extension: Node's tests import this module too (tests/unit/timeline.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';
import { byString } from './list-order.js';

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

/**
 * Stories by day, in date order (each day's sorted, stable, as one sort of them all would be: a
 * date's first ten characters order it whenever they differ), then the undated ones under ''. A
 * sort of all 95,000 dated stories of a 100,000 library took over 100 ms, on every batch while indexing.
 */
function storiesByDay(list: readonly ArticleSummary[]): Array<[string, ArticleSummary[]]> {
  const days = new Map<string, ArticleSummary[]>();
  const undated: ArticleSummary[] = [];
  for (const article of list) {
    if (article.duplicateOf !== null) continue;
    if (!article.published) {
      undated.push(article);
      continue;
    }
    const day = article.published.slice(0, 10);
    const group = days.get(day);
    if (group) group.push(article);
    else days.set(day, [article]);
  }
  const ordered = [...days].sort(([x], [y]) => byString(x, y));
  for (const [, group] of ordered) if (group.length > 1) group.sort((a, b) => byString(a.published ?? '', b.published ?? ''));
  if (undated.length > 0) ordered.push(['', undated]);
  return ordered;
}

export function timelineRows(list: readonly ArticleSummary[]): TimelineRows {
  // monthOf reads only a date's first seven characters, so each day's stories share one heading.
  const months = new Map<string, ArticleSummary[][]>();
  for (const [day, stories] of storiesByDay(list)) {
    const month = monthOf(day === '' ? null : day);
    const groups = months.get(month);
    if (groups) groups.push(stories);
    else months.set(month, [stories]);
  }
  const rows: Array<string | ArticleSummary> = [];
  const headings: number[] = [];
  for (const [month, groups] of months) {
    headings.push(rows.length);
    rows.push(month);
    for (const stories of groups) for (const story of stories) rows.push(story);
  }
  return { rows, headings };
}
