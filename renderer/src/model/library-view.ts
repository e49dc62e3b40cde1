// Runs in the renderer. How the library list is ordered and narrowed: sort, filters, and the
// resulting rows (versions of a story kept together), shared by the list and the keyboard.
import { computed, signal } from '@preact/signals';
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles } from './library';
import { changeBetween } from './list-changes';
import { groupedForLibrary } from './library-rows';
import { SiteCounter } from './site-counts';

export type SortKey = 'date' | 'title' | 'site';
export type ReadFilter = 'all' | 'unread' | 'read';

export const sortKey = signal<SortKey>('date');
/** "" shows every site. */
export const siteFilter = signal('');
export const annotatedOnly = signal(false);
export const readFilter = signal<ReadFilter>('all');

/**
 * Sort keys computed once per article (summaries are immutable; a changed article is a new object):
 * comparing plain strings keeps re-sorting 100,000 rows, as batches arrive while indexing, well under
 * a frame's budget, where Intl.Collator on every comparison took over 100 ms.
 */
const keys = new WeakMap<ArticleSummary, { title: string; site: string }>();
/** Plain ASCII (most titles) has no accents to strip: only decomposing the rest costs. */
const ASCII = /^[\x00-\x7f]*$/;
const fold = (text: string) => (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();

function keyOf(a: ArticleSummary): { title: string; site: string } {
  let key = keys.get(a);
  if (!key) {
    key = { title: fold(a.title ?? a.file), site: a.site === null ? '\uffff' : fold(a.site) };
    keys.set(a, key);
  }
  return key;
}

const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

function compare(key: SortKey): Compare {
  // The file path (unique) settles ties, so the order never depends on the order articles arrived in.
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => byString(keyOf(a).title, keyOf(b).title) || byString(a.file, b.file);
  if (key === 'title') return byTitle;
  if (key === 'site') return (a, b) => byString(keyOf(a).site, keyOf(b).site) || byTitle(a, b);
  // Newest first; articles without a stated date go last rather than being given one.
  // ISO-like dates sort as plain strings; localeCompare would cost seconds over 100,000 articles.
  return (a, b) => {
    const x = a.published ?? '';
    const y = b.published ?? '';
    return x < y ? 1 : x > y ? -1 : byTitle(a, b);
  };
}

function matches(a: ArticleSummary): boolean {
  if (siteFilter.value && a.site !== siteFilter.value) return false;
  if (annotatedOnly.value && a.highlightCount === 0 && !a.hasNote) return false;
  if (readFilter.value === 'read' && !a.read) return false;
  if (readFilter.value === 'unread' && a.read) return false;
  return true;
}

const sitesCounter = new SiteCounter();

/**
 * Every site in the library with how many articles it has, for the site filter, in the order the
 * list sorts sites (case and accents aside). Not with Intl.Collator: a fresh page's first one costs
 * 15-30 ms (ICU's collation data), and the first screen shows this filter.
 */
export const siteCounts = computed(() =>
  [...sitesCounter.count(articles.value)]
    .map(([site, count]) => ({ site, count, key: fold(site) }))
    .sort((a, b) => byString(a.key, b.key) || byString(a.site, b.site))
    .map(({ site, count }) => [site, count] as const),
);

/** `fresh` (sorted) merged into `sorted`: a binary search for each, then one pass of copying. */
function merged(sorted: readonly ArticleSummary[], fresh: readonly ArticleSummary[], order: Compare): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  let from = 0;
  for (const item of fresh) {
    let low = from;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order(sorted[mid] as ArticleSummary, item) <= 0) low = mid + 1;
      else high = mid;
    }
    for (let i = from; i < low; i++) out.push(sorted[i] as ArticleSummary);
    out.push(item);
    from = low;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i] as ArticleSummary);
  return out;
}

/** The last sorted list, and what it was made from, so the next batch is merged in, not re-sorted. */
let previous: { from: readonly ArticleSummary[]; sortKey: SortKey; filters: string; sorted: ArticleSummary[] } | null = null;

/**
 * The articles the filters let through, in the chosen order. While a library is indexed, batches
 * stream in several times a second: re-sorting every article each time blocked the page for over
 * 50 ms at 10,000 articles, so a batch is sorted on its own and merged in (see list-changes.ts).
 */
const sortedArticles = computed(() => {
  const list = articles.value;
  const key = sortKey.value;
  const filters = `${siteFilter.value}\u0000${annotatedOnly.value}\u0000${readFilter.value}`;
  const order = compare(key);
  const change = previous && previous.sortKey === key && previous.filters === filters ? changeBetween(previous.from, list) : null;
  let sorted: ArticleSummary[];
  if (previous && change) {
    const { dropped } = change;
    const kept = dropped.size > 0 ? previous.sorted.filter((a) => !dropped.has(a.id)) : previous.sorted;
    sorted = merged(kept, change.added.filter(matches).sort(order), order);
  } else {
    sorted = list.filter(matches).sort(order);
  }
  previous = { from: list, sortKey: key, filters, sorted };
  return sorted;
});

export const visibleRows = computed(() => groupedForLibrary(sortedArticles.value));

/** The articles the filters let through, unsorted: what "Export all notes…" can limit itself to. */
export const shownArticles = computed(() => articles.value.filter(matches));

export const filtersActive = computed(() => siteFilter.value !== '' || annotatedOnly.value || readFilter.value !== 'all');

export function clearFilters(): void {
  siteFilter.value = '';
  annotatedOnly.value = false;
  readFilter.value = 'all';
}
