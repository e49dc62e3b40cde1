// Runs in the renderer. Dates as people read them; never more precise than the source was.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(published: string | null): string | null {
  const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/);
  if (!match) return published;
  const [, year, month, day, time] = match;
  const date = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
  return time ? `${date}, ${time}` : date;
}

/**
 * A count as the progress line and the list's header show it: 10,000, not 10000. Grouped by hand,
 * not with Intl.NumberFormat: a fresh page's first one costs 15-30 ms (ICU's data loads), and it was
 * built while the start-up script ran, the page's longest task, for what is English digit grouping.
 */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A date the page gives without a year ("April 19"): shown as given, never completed. */
export function formatPartialDate(partial: string | null): string | null {
  const match = partial?.match(/^(\d{2})-(\d{2})$/);
  if (!match) return null;
  return `${Number(match[2])} ${MONTHS[Number(match[1]) - 1] ?? match[1]}, year not stated`;
}
