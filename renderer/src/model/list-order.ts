// Runs in the renderer. The library list's orders (newest first, by title, by site), with each
// article's sort keys computed once, and a sorted batch merged into a sorted list: what lets the list
// take in batches streamed in while indexing without sorting the whole library again.
// With its extension: Node's tests import this module too (tests/unit/list-order.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

export type SortKey = 'date' | 'title' | 'site';

/** An article with its sort keys, computed once (summaries are immutable; a changed article is a new object). */
interface Keyed {
  a: ArticleSummary;
  title: string;
  site: string;
}

/**
 * Sort keys computed once per article: comparing plain strings keeps re-sorting 100,000 rows, as
 * batches arrive while indexing, well under a frame's budget, where Intl.Collator on every comparison
 * took over 100 ms.
 */
const keys = new WeakMap<ArticleSummary, Keyed>();
/** Plain ASCII (most titles) has no accents to strip: only decomposing the rest costs. */
const ASCII = /^[\x00-\x7f]*$/;
export const fold = (text: string) => (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();

function keyOf(a: ArticleSummary): Keyed {
  let key = keys.get(a);
  if (!key) {
    key = { a, title: fold(a.title ?? a.file), site: a.site === null ? '\uffff' : fold(a.site) };
    keys.set(a, key);
  }
  return key;
}

export const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export type Compare<T> = (x: T, y: T) => number;

function compareKeyed(key: SortKey): Compare<Keyed> {
  // The file path (unique) settles ties, so the order never depends on the order articles arrived in.
  const byTitle: Compare<Keyed> = (x, y) => byString(x.title, y.title) || byString(x.a.file, y.a.file);
  if (key === 'title') return byTitle;
  if (key === 'site') return (x, y) => byString(x.site, y.site) || byTitle(x, y);
  // Newest first; articles without a stated date go last rather than being given one.
  // ISO-like dates sort as plain strings; localeCompare would cost seconds over 100,000 articles.
  return (x, y) => {
    const p = x.a.published ?? '';
    const q = y.a.published ?? '';
    return p < q ? 1 : p > q ? -1 : byTitle(x, y);
  };
}

/** The same order on articles, for merging a batch in (a few comparisons per article). */
export function compare(key: SortKey): Compare<ArticleSummary> {
  const order = compareKeyed(key);
  return (a, b) => order(keyOf(a), keyOf(b));
}

/**
 * `list` in `key`'s order: each article's keys looked up once, not twice per comparison (a WeakMap
 * lookup per comparison made re-sorting 100,000 articles take 0.4-0.6 s).
 */
export function sortedBy(list: readonly ArticleSummary[], key: SortKey): ArticleSummary[] {
  return list
    .map(keyOf)
    .sort(compareKeyed(key))
    .map((keyed) => keyed.a);
}

/** Articles sorted at once in sortedInSteps, and merged between two of its steps: a millisecond or so. */
const RUN = 1024;

/**
 * sortedBy, in steps that yield between them: each article's keys, runs of RUN sorted, then the runs
 * merged pairwise. For sorting a large library while the page is idle (kept-orders.ts), where one
 * sort of 100,000 articles held the page for 150-190 ms. The same order as sortedBy: it is a total
 * order (the file path settles ties), which any correct sort gives alike.
 */
export function* sortedInSteps(list: readonly ArticleSummary[], key: SortKey): Generator<void, ArticleSummary[], void> {
  const order = compareKeyed(key);
  let items = new Array<Keyed>(list.length);
  for (let i = 0; i < list.length; i++) {
    items[i] = keyOf(list[i] as ArticleSummary);
    if ((i + 1) % (4 * RUN) === 0) yield;
  }
  for (let start = 0; start < items.length; start += RUN) {
    const run = items.slice(start, start + RUN).sort(order);
    for (let k = 0; k < run.length; k++) items[start + k] = run[k] as Keyed;
    yield;
  }
  let into = new Array<Keyed>(items.length);
  let merges = 0;
  for (let width = RUN; width < items.length; width *= 2) {
    for (let low = 0; low < items.length; low += 2 * width) {
      const middle = Math.min(low + width, items.length);
      const high = Math.min(low + 2 * width, items.length);
      let left = low;
      let right = middle;
      let out = low;
      while (left < middle && right < high) {
        into[out++] = order(items[right] as Keyed, items[left] as Keyed) < 0 ? (items[right++] as Keyed) : (items[left++] as Keyed);
        if (++merges % (4 * RUN) === 0) yield;
      }
      while (left < middle) into[out++] = items[left++] as Keyed;
      while (right < high) into[out++] = items[right++] as Keyed;
    }
    [items, into] = [into, items];
  }
  return items.map((keyed) => keyed.a);
}

/** `fresh` (sorted) merged into `sorted`: a binary search for each, then one pass of copying. */
export function merged(sorted: readonly ArticleSummary[], fresh: readonly ArticleSummary[], order: Compare<ArticleSummary>): ArticleSummary[] {
  // Made at its size: pushing 100,000 articles one by one cost three times as much.
  const out = new Array<ArticleSummary>(sorted.length + fresh.length);
  let at = 0;
  let from = 0;
  for (const item of fresh) {
    // Fresh items follow one another, so each is looked for from where the last one went.
    const low = placeOf(sorted, item, order, from);
    for (let i = from; i < low; i++) out[at++] = sorted[i] as ArticleSummary;
    out[at++] = item;
    from = low;
  }
  for (let i = from; i < sorted.length; i++) out[at++] = sorted[i] as ArticleSummary;
  return out;
}

/**
 * `sorted` (in `key`'s order) after `change`. A changed article whose sort keys are unchanged (read,
 * annotated, linked to its original as a copy: none of that changes a key) takes its old version's
 * place; only new articles, and changed ones whose keys changed, are sorted and merged in. When
 * indexing ends, linking a large library's copies changes thousands of articles at once (5,000 at
 * 100,000): taking them all out and merging them back in blocked the page for 70-100 ms.
 */
export function withChange(sorted: readonly ArticleSummary[], change: { added: readonly ArticleSummary[]; dropped: ReadonlyMap<string, ArticleSummary> }, key: SortKey): readonly ArticleSummary[] {
  const order = compare(key);
  const { added, dropped } = change;
  if (dropped.size === 0) return added.length > 0 ? merged(sorted, sortedBy(added, key), order) : sorted;
  const { kept, moved } = added.length <= FEW_CHANGED ? replacedBySearch(sorted, added, dropped, order) : replacedInOnePass(sorted, added, dropped, order);
  return moved.length > 0 ? merged(kept, sortedBy(moved, key), order) : kept;
}

/** Up to this many changed articles are each found by a binary search; more, by one pass over the list. */
const FEW_CHANGED = 16;

interface Replaced {
  /** The list without what went, with changed articles that keep their place in it. */
  kept: ArticleSummary[];
  /** New articles, and changed ones whose place moved: still to be merged in. */
  moved: ArticleSummary[];
}

/** A few changed articles (the one just read): a copy of the list and a binary search for each. */
function replacedBySearch(sorted: readonly ArticleSummary[], added: readonly ArticleSummary[], dropped: ReadonlyMap<string, ArticleSummary>, order: Compare<ArticleSummary>): Replaced {
  const out = sorted.slice();
  /** Dropped ids whose old entry still stands in `out`. */
  const stale = new Set(dropped.keys());
  const moved: ArticleSummary[] = [];
  for (const a of added) {
    if (dropped.has(a.id)) {
      // Its old version stands here only if its place is unchanged: everything before it is smaller,
      // everything after it larger (no two articles compare equal: the file path settles ties).
      const at = placeOf(out, a, order);
      if (out[at]?.id === a.id) {
        out[at] = a;
        stale.delete(a.id);
        continue;
      }
    }
    moved.push(a);
  }
  return { kept: stale.size > 0 ? out.filter((a) => !stale.has(a.id)) : out, moved };
}

/**
 * Many changed articles: one pass, each old entry that went giving way to its new version if that
 * compares equal (the same keys, so the same place). The old entries are recognised by identity: a
 * lookup by id for each of 100,000 articles cost four times as much.
 */
function replacedInOnePass(sorted: readonly ArticleSummary[], added: readonly ArticleSummary[], dropped: ReadonlyMap<string, ArticleSummary>, order: Compare<ArticleSummary>): Replaced {
  const went = new Set(dropped.values());
  const waiting = new Map(added.map((a) => [a.id, a]));
  const kept = new Array<ArticleSummary>(sorted.length);
  let count = 0;
  for (const a of sorted) {
    if (!went.has(a)) kept[count++] = a;
    else {
      const next = waiting.get(a.id);
      if (next && order(a, next) === 0) {
        kept[count++] = next;
        waiting.delete(a.id);
      }
    }
  }
  kept.length = count;
  return { kept, moved: [...waiting.values()] };
}

/**
 * The first place in `sorted`, from `from` on, whose article does not come before `a`: where `a` is,
 * or would go. (No two articles compare equal but versions of one: the file path settles ties.)
 */
export function placeOf(sorted: readonly ArticleSummary[], a: ArticleSummary, order: Compare<ArticleSummary>, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (order(sorted[mid] as ArticleSummary, a) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
