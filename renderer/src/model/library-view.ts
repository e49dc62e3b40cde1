// Runs in the renderer. How the library list is ordered and narrowed: sort, filters, and the
// resulting rows (versions of a story kept together), shared by the list and the keyboard.
import { computed, signal } from '@preact/signals';
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles } from './library';
import { ordered } from './kept-orders';
import { groupedForLibrary } from './library-rows';
import { byString, compare, fold, placeOf, type SortKey } from './list-order';
import { SiteCounter } from './site-counts';
import { timelineRows } from './timeline';

export type { SortKey };

export type ReadFilter = 'all' | 'unread' | 'read';

export const sortKey = signal<SortKey>('date');
/** "" shows every site. */
export const siteFilter = signal('');
export const annotatedOnly = signal(false);
export const readFilter = signal<ReadFilter>('all');

/** What the filters let through, their signals read once rather than once per article. */
function matcher(): (a: ArticleSummary) => boolean {
  const site = siteFilter.value;
  const annotated = annotatedOnly.value;
  const reading = readFilter.value;
  return (a) => {
    if (site && a.site !== site) return false;
    if (annotated && a.highlightCount === 0 && !a.hasNote) return false;
    if (reading === 'read' && !a.read) return false;
    if (reading === 'unread' && a.read) return false;
    return true;
  };
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

export const filtersActive = computed(() => siteFilter.value !== '' || annotatedOnly.value || readFilter.value !== 'all');

const sortedAll = computed(() => ordered(articles.value, sortKey.value));

/**
 * The Timeline's rows, read from the library's "newest first" order (the list's usual one, so
 * already sorted): kept while the Timeline is not shown, so switching back to it costs nothing.
 */
export const timeline = computed(() => timelineRows(ordered(articles.value, 'date')));

/** The articles the filters let through, in the chosen order: a filter changed is a pass, not a sort. */
const sortedArticles = computed(() => (filtersActive.value ? sortedAll.value.filter(matcher()) : sortedAll.value));

export const visibleRows = computed(() => groupedForLibrary(sortedArticles.value));

/**
 * The list's entry for `article` (the open one, say), if the filters show it: found by its place in
 * the order, which its keys give, rather than by a pass over 100,000 articles on every render; by a
 * pass only when its keys changed since (re-extracted with a new headline).
 */
export function listedEntry(article: ArticleSummary): ArticleSummary | undefined {
  const list = sortedArticles.value;
  const found = list[placeOf(list, article, compare(sortKey.value))];
  return found?.id === article.id ? found : list.find((a) => a.id === article.id);
}

/** The articles the filters let through, unsorted: what "Export all notes…" can limit itself to. */
export const shownArticles = computed(() => articles.value.filter(matcher()));

export function clearFilters(): void {
  siteFilter.value = '';
  annotatedOnly.value = false;
  readFilter.value = 'all';
}
