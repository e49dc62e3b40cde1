// Runs in the renderer. How the library list is ordered and narrowed: sort, filters, and the
// resulting rows (versions of a story kept together), shared by the list and the keyboard.
import { computed, signal } from '@preact/signals';
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles } from './library';
import { groupedForLibrary } from './versions';

export type SortKey = 'date' | 'title' | 'site';
export type ReadFilter = 'all' | 'unread' | 'read';

export const sortKey = signal<SortKey>('date');
/** "" shows every site. */
export const siteFilter = signal('');
export const annotatedOnly = signal(false);
export const readFilter = signal<ReadFilter>('all');

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sort keys computed once per article (summaries are immutable; a changed article is a new object):
 * comparing plain strings keeps re-sorting 100,000 rows, as batches arrive while indexing, well under
 * a frame's budget, where Intl.Collator on every comparison took over 100 ms.
 */
const keys = new WeakMap<ArticleSummary, { title: string; site: string }>();
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function keyOf(a: ArticleSummary): { title: string; site: string } {
  let key = keys.get(a);
  if (!key) {
    key = { title: fold(a.title ?? a.file), site: a.site === null ? '\uffff' : fold(a.site) };
    keys.set(a, key);
  }
  return key;
}

const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function compare(key: SortKey): (a: ArticleSummary, b: ArticleSummary) => number {
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => byString(keyOf(a).title, keyOf(b).title);
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

/** Every site in the library with how many articles it has, for the site filter. */
export const siteCounts = computed(() => {
  const counts = new Map<string, number>();
  for (const a of articles.value) if (a.site) counts.set(a.site, (counts.get(a.site) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => collator.compare(a, b));
});

export const visibleRows = computed(() => groupedForLibrary([...articles.value.filter(matches)].sort(compare(sortKey.value))));

/** The articles the filters let through, unsorted: what "Export all notes…" can limit itself to. */
export const shownArticles = computed(() => articles.value.filter(matches));

export const filtersActive = computed(() => siteFilter.value !== '' || annotatedOnly.value || readFilter.value !== 'all');

export function clearFilters(): void {
  siteFilter.value = '';
  annotatedOnly.value = false;
  readFilter.value = 'all';
}
