// Runs in the renderer. How many articles each site has, for the library's site filter. Counted
// again for every batch streamed in while a large library is indexed, so a batch is added to the last
// counts, and what it replaced taken off (see list-changes.ts), rather than the whole list counted again.
// With its extension: Node's tests import this module too (tests/unit/site-counts.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';
import { changeBetween } from './list-changes.js';

export class SiteCounter {
  #last: { from: readonly ArticleSummary[]; counts: Map<string, number> } | null = null;

  /** Articles per site in `list` (articles without a site are not counted). */
  count(list: readonly ArticleSummary[]): ReadonlyMap<string, number> {
    const last = this.#last;
    const change = last ? changeBetween(last.from, list) : null;
    let counts: Map<string, number>;
    if (last && change) {
      // What went is taken off by its old entry's site, what came added.
      counts = new Map(last.counts);
      for (const a of change.dropped.values()) if (a.site) counts.set(a.site, (counts.get(a.site) ?? 0) - 1);
      add(counts, change.added);
      for (const [site, count] of counts) if (count <= 0) counts.delete(site);
    } else {
      counts = new Map();
      add(counts, list);
    }
    this.#last = { from: list, counts };
    return counts;
  }
}

function add(counts: Map<string, number>, articles: readonly ArticleSummary[]): void {
  for (const a of articles) if (a.site) counts.set(a.site, (counts.get(a.site) ?? 0) + 1);
}
