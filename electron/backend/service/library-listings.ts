// Runs in Node. A large library's list handed to the page in parts: the view carries the newest
// articles, and the page fetches the rest part by part (getLibraryPart), taking each in with a task
// of its own. In one piece, a reopened 100,000-article library (29 MB of JSON) blocked the page for
// 0.7–1.1 s while it was received, parsed, sorted and grouped.
import { randomUUID } from 'node:crypto';
import type { ArticleSummary, LibraryPart, LibraryRest } from '../../common/contract.js';
import { LecternError } from './api-error.js';

/** Articles a view carries: a screenful many times over, small enough to be on screen at once. */
export const VIEW_PART = 2000;
/** Articles per later part: about 1.5 MB of JSON, which the page takes in well within a frame budget's few multiples. */
export const LATER_PART = 5000;
/**
 * The first later part reaches this many articles: while the list is still short the page takes in
 * 8,000 at once as quickly, and a library of 10,000 comes in two answers, not three (each round trip
 * waits for a backend busy checking the folder: the reopened 10,000 was listed after 0.87–1.06 s
 * in a slow stretch of the machine, against a target of 1 s).
 */
export const FIRST_PARTS_REACH = 10_000;
/** Lists kept at once: a page reloaded while another still reads its parts keeps both going. */
const KEPT_LISTINGS = 4;
/** A list not read for this long is dropped: its page is gone, or will ask for the library again. */
const KEPT_MS = 5 * 60_000;
/**
 * A list read to its end is dropped this long after: a page reading it at the same time (another
 * tab told of the same view) has finished by then, and 100,000 summaries need not stay in memory.
 */
const KEPT_READ_MS = 30_000;

/** Newest first, as the list opens; the path settles ties, so the cut never depends on arrival order. */
function newestFirst(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((x, y) => {
    const p = x.published ?? '';
    const q = y.published ?? '';
    if (p !== q) return p < q ? 1 : -1;
    return x.file < y.file ? -1 : x.file > y.file ? 1 : 0;
  });
}

export class LibraryListings {
  readonly #kept = new Map<string, { articles: ArticleSummary[]; readAt: number; readToEnd: boolean }>();

  constructor(
    private readonly viewPart = VIEW_PART,
    private readonly laterPart = LATER_PART,
    private readonly now: () => number = Date.now,
    private readonly firstPartsReach = FIRST_PARTS_REACH,
  ) {}

  /** The articles a view carries and, when they are not all, where the rest is kept. */
  cut(articles: ArticleSummary[]): { articles: ArticleSummary[]; rest?: LibraryRest } {
    if (articles.length <= this.viewPart) return { articles };
    const ordered = newestFirst(articles);
    this.#dropStale();
    this.#makeRoom();
    const listing = randomUUID();
    this.#kept.set(listing, { articles: ordered, readAt: this.now(), readToEnd: false });
    return { articles: ordered.slice(0, this.viewPart), rest: { listing, total: ordered.length } };
  }

  /** The kept list's articles from `from` on, one part of them. */
  part(listing: string, from: number): LibraryPart {
    this.#dropStale();
    const kept = this.#kept.get(listing);
    if (!kept) throw new LecternError('not-found', 'That list of the library is no longer kept; ask for the library again.');
    kept.readAt = this.now();
    const end = Math.min(kept.articles.length, Math.max(from + this.laterPart, this.firstPartsReach));
    if (end === kept.articles.length && !kept.readToEnd) {
      kept.readToEnd = true;
      // Dropped then even if nothing else is asked meanwhile.
      setTimeout(() => this.#dropStale(), KEPT_READ_MS + 1000).unref();
    }
    return { articles: kept.articles.slice(from, end), next: end < kept.articles.length ? end : null };
  }

  /** Another library was opened: its page asks again, and the old lists only hold memory. */
  clear(): void {
    this.#kept.clear();
  }

  #dropStale(): void {
    const now = this.now();
    for (const [listing, kept] of this.#kept) if (now - kept.readAt > (kept.readToEnd ? KEPT_READ_MS : KEPT_MS)) this.#kept.delete(listing);
  }

  /** Room for one more list: the least recently cut go (a Map keeps the order of insertion). */
  #makeRoom(): void {
    for (const listing of this.#kept.keys()) {
      if (this.#kept.size < KEPT_LISTINGS) break;
      this.#kept.delete(listing);
    }
  }
}
