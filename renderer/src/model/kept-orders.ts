// Runs in the renderer. The library's orders, kept sorted: the last sorted list of each order and
// what it was made from, brought up to date from the logged changes when asked for again; and the
// orders not asked for yet, sorted while the page is idle (no library being indexed), so that
// choosing one never holds it.
import { effect } from '@preact/signals';
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles, indexProgress } from './library';
import { changeBetween, followsFrom } from './list-changes';
import { sortedBy, sortedInSteps, withChange, type SortKey } from './list-order';

/**
 * The last sorted list of each order, and what it was made from: the next batch is merged in rather
 * than everything sorted again, and an order chosen again is brought up to date from where it was
 * (at 100,000 articles, a sort from scratch holds the page for 150-200 ms).
 */
const lastSorted = new Map<SortKey, { from: readonly ArticleSummary[]; sorted: readonly ArticleSummary[] }>();

/**
 * Every article of `list` in `key`'s order. While a library is indexed, batches stream in several
 * times a second: re-sorting every article each time blocked the page for over 50 ms at 10,000
 * articles, so a batch is sorted on its own and merged in (see list-changes.ts).
 */
export function ordered(list: readonly ArticleSummary[], key: SortKey): readonly ArticleSummary[] {
  const last = lastSorted.get(key);
  const change = last ? changeBetween(last.from, list) : null;
  // Orders the list no longer follows from (another library, or too many changes ago) are dropped:
  // they would keep the old articles in memory.
  if (!change) for (const [order, { from }] of lastSorted) if (!followsFrom(from, list)) lastSorted.delete(order);
  const sorted = last && change ? withChange(last.sorted, change, key) : sortedBy(list, key);
  lastSorted.set(key, { from: list, sorted });
  return sorted;
}

const ORDERS: readonly SortKey[] = ['date', 'title', 'site'];
/** How long the list stays unchanged before the missing orders are sorted: not while a library streams in. */
const SETTLE_MS = 1000;
/**
 * Work done per idle callback at most, in ms (a step takes about 1): an idle period may offer 50,
 * and a click that comes meanwhile waits for the callback to end.
 */
const SLICE_MS = 8;

let settling: ReturnType<typeof setTimeout> | null = null;
let idle: number | null = null;

/** Sorts the first order `list` has none of, in idle time, then the next; gives up if the list changes. */
function sortMissingOrder(list: readonly ArticleSummary[]): void {
  const key = ORDERS.find((order) => {
    const kept = lastSorted.get(order);
    return !kept || !followsFrom(kept.from, list);
  });
  if (!key) {
    // Said on the page for the end-to-end tests, which wait for it rather than for a while.
    document.documentElement.dataset.keptOrders = ORDERS.join(' ');
    return;
  }
  const steps = sortedInSteps(list, key);
  const work = (deadline: IdleDeadline): void => {
    idle = null;
    if (articles.value !== list) return; // the list changed: a new round is waiting to settle
    const sliceEnd = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    for (;;) {
      const step = steps.next();
      if (step.done) {
        lastSorted.set(key, { from: list, sorted: step.value });
        sortMissingOrder(list);
        return;
      }
      if (performance.now() >= sliceEnd) break;
    }
    idle = requestIdleCallback(work);
  };
  idle = requestIdleCallback(work);
}

effect(() => {
  const list = articles.value;
  // Not while a library is indexed: the cores are busy then, and the list changes anyway.
  const indexing = indexProgress.value?.state === 'indexing';
  delete document.documentElement.dataset.keptOrders;
  if (settling !== null) clearTimeout(settling);
  if (idle !== null) cancelIdleCallback(idle);
  idle = null;
  settling = indexing ? null : setTimeout(() => sortMissingOrder(list), SETTLE_MS);
});
