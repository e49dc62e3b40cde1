// Runs in the renderer. The library list's rows: each story's copies right under its original, and
// where each row sits in the virtualised list. Recomputed for every batch streamed in while a large
// library is indexed, so nothing here is built per article unless it must be: a library without
// versions uses the sorted list itself as its rows, and row positions are arithmetic plus a search
// among the few taller rows, rather than an array of 100,000 offsets (the timeline's rows too).
// With its extension: Node's tests import this module too (tests/unit/library-rows.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

export interface LibraryRows {
  /** Row i shows order[i]. */
  readonly order: readonly ArticleSummary[];
  /** An original's copies, in list order, by the original's id (only originals whose copies are listed). */
  readonly copiesOf: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** For a copy listed under its original: that original, by the copy's id. */
  readonly copyOf: ReadonlyMap<string, ArticleSummary>;
  /** Indexes of the rows that name their versions (originals with copies), ascending. */
  readonly tallRows: readonly number[];
}

const NONE = new Map<string, never>();

/**
 * Library order with each copy right under its original, so a story's versions read as one group.
 * A copy whose original is not listed (filtered out, or not indexed yet) keeps its own place.
 * Copies are a few in a hundred: only they, and the articles that are some copy's original, are
 * looked up by id. Three lookups for every article made this 90-130 ms at 100,000 with 5,000
 * copies, the page's longest task when a large library's copies were linked at the end of indexing.
 */
export function groupedForLibrary(list: readonly ArticleSummary[]): LibraryRows {
  const copies = list.filter((a) => a.duplicateOf !== null);
  if (copies.length === 0) return { order: list, copiesOf: NONE, copyOf: NONE, tallRows: [] };
  const wanted = new Set(copies.map((a) => a.duplicateOf));
  const present = new Map<string, ArticleSummary>();
  /** 1 where the article is some copy's original. */
  const isOriginal = new Uint8Array(list.length);
  list.forEach((a, i) => {
    if (!wanted.has(a.id)) return;
    present.set(a.id, a);
    isOriginal[i] = 1;
  });
  const copiesOf = new Map<string, ArticleSummary[]>();
  const copyOf = new Map<string, ArticleSummary>();
  for (const a of copies) {
    const original = a.duplicateOf === null ? undefined : present.get(a.duplicateOf);
    if (!original) continue;
    copyOf.set(a.id, original);
    const group = copiesOf.get(original.id);
    if (group) group.push(a);
    else copiesOf.set(original.id, [a]);
  }
  // Every article takes one row: the array is made at its size (pushing 100,000 cost three times as much).
  const order = new Array<ArticleSummary>(list.length);
  let rows = 0;
  const tallRows: number[] = [];
  list.forEach((a, i) => {
    if (a.duplicateOf !== null && copyOf.has(a.id)) return;
    const group = isOriginal[i] === 1 ? copiesOf.get(a.id) : undefined;
    if (group) tallRows.push(rows);
    order[rows++] = a;
    if (group) for (const copy of group) order[rows++] = copy;
  });
  order.length = rows; // (fewer only if two entries shared an id)
  return { order, copiesOf, copyOf, tallRows };
}

/** Where rows sit: every row is `rowHeight` pixels high, except `oddRows` (ascending), `oddHeight` high. */
export class RowGeometry {
  constructor(
    readonly count: number,
    private readonly oddRows: readonly number[],
    private readonly rowHeight: number,
    private readonly oddHeight: number,
  ) {}

  /** How many odd rows come before row `index`. */
  #oddBefore(index: number): number {
    let low = 0;
    let high = this.oddRows.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.oddRows[mid] ?? 0) < index) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The top of row `index` (of the list's end for `count`). */
  top(index: number): number {
    return index * this.rowHeight + this.#oddBefore(index) * (this.oddHeight - this.rowHeight);
  }

  height(index: number): number {
    return this.oddRows[this.#oddBefore(index)] === index ? this.oddHeight : this.rowHeight;
  }

  get total(): number {
    return this.top(this.count);
  }

  /** The first row whose bottom is below `y` (0 for an empty list). */
  rowAt(y: number): number {
    let low = 0;
    let high = Math.max(0, this.count - 1);
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.top(mid + 1) <= y) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
