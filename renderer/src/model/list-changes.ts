// Runs in the renderer. A short log of how the library's article list changed, delta by delta, so
// views derived from it (the sorted, filtered rows) can update in proportion to the change instead
// of re-sorting every article each time a batch streams in while a large library is indexed.
// With its extension: Node's tests import this module too (tests/unit/list-changes.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

/** From one list to the next: articles that came in (new or changed), and the old entries that went, by id. */
export interface ListChange {
  added: ArticleSummary[];
  /**
   * The entries themselves, not only their ids: a view finds them among 100,000 articles by identity,
   * several times faster than by id (see list-order.ts, withChange), and site counts take off their
   * sites. Folded over several steps, only entries of the first list.
   */
  dropped: ReadonlyMap<string, ArticleSummary>;
}

interface Logged extends ListChange {
  revision: number;
  /**
   * Made to the list recorded just before it. Not so when a list was published without a change
   * (a whole new view from the backend): a view derived from an older list cannot follow this step.
   */
  follows: boolean;
}

/** Enough for every batch that can stream in between two renders; older changes mean "recompute". */
const KEPT = 64;

const revisions = new WeakMap<readonly ArticleSummary[], number>();
const log: Logged[] = [];
let latest = 0;

/** Records that `list` is `base` changed by `change`; call it for each list the model publishes this way. */
export function recordChange(base: readonly ArticleSummary[], list: readonly ArticleSummary[], change: ListChange): void {
  const follows = latest > 0 && revisions.get(base) === latest;
  latest++;
  revisions.set(list, latest);
  log.push({ revision: latest, ...change, follows });
  if (log.length > KEPT) log.shift();
}

/** The logged steps from `before` to `after`, in order; null when the log cannot tell. */
function stepsBetween(before: readonly ArticleSummary[], after: readonly ArticleSummary[]): Logged[] | null {
  const from = revisions.get(before);
  const to = revisions.get(after);
  if (from === undefined || to === undefined || to <= from) return null;
  const first = log.findIndex((c) => c.revision === from + 1);
  if (first < 0) return null;
  const steps = log.slice(first, first + (to - from));
  return steps.length === to - from && steps.every((step) => step.follows) ? steps : null;
}

/** Whether changeBetween(before, after) can tell the change, without folding it. */
export function followsFrom(before: readonly ArticleSummary[], after: readonly ArticleSummary[]): boolean {
  return before === after || stepsBetween(before, after) !== null;
}

/**
 * What turned `before` into `after`, folded into one change; null when unknown (a whole new list, or
 * too long ago), in which case the caller recomputes from scratch.
 */
export function changeBetween(before: readonly ArticleSummary[], after: readonly ArticleSummary[]): ListChange | null {
  if (before === after) return { added: [], dropped: new Map() };
  const steps = stepsBetween(before, after);
  if (!steps) return null;
  if (steps.length === 1 && steps[0]) return steps[0];
  let added: ArticleSummary[] = [];
  const dropped = new Map<string, ArticleSummary>();
  for (const step of steps) {
    if (step.dropped.size > 0) {
      // An article added by an earlier step and replaced or removed by this one is no longer new,
      // and its entry was never in `before`: only entries `before` held count as dropped.
      const addedEarlier = new Set(added);
      added = added.filter((a) => !step.dropped.has(a.id));
      for (const [id, entry] of step.dropped) if (!addedEarlier.has(entry)) dropped.set(id, entry);
    }
    added = added.concat(step.added);
  }
  return { added, dropped };
}
