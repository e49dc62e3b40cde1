// Runs in Node. Recognises a renamed or moved article file. Article ids are hashes of the path, so a
// rename looks like one article going and another appearing; when their bodies are the same text (or
// the same capture, lightly edited) the annotations belong to the new one. Never guesses: more than
// one equally good candidate on either side means no match, and the notes stay on "file missing".
import { similarity } from '../indexer/duplicates.js';
import type { ArticleMeta, CachedFile } from '../indexer/index-cache.js';

export interface RenameCandidate {
  id: string;
  /** Hash of the body text: equal fingerprints are the same text. */
  fingerprint: string;
  /** Hash of the file's whole text (null when unknown): equal ones are the same capture, however an
   * earlier version of the extractor read it. */
  contentHash: string | null;
  /** MinHash signature of the body (null when unknown: then only the same text matches). */
  signature: Uint32Array | null;
  site: string | null;
}

export interface RenamePair {
  from: string;
  to: string;
}

/**
 * Estimated share of word 5-grams two bodies must have in common to count as one capture, edited.
 * Well above the 0.5 that links syndicated copies, so another site's copy of the story is not taken.
 */
export const RENAME_SIMILARITY = 0.8;
/** Near matching compares every lost body with every new one; beyond this only exact text counts. */
const MAX_NEAR_COMPARISONS = 1_000_000;

/** Keys under which two candidates hold the same text: their bodies', and their whole files'. */
const textKeys = (c: RenameCandidate): string[] => [`body:${c.fingerprint}`, ...(c.contentHash ? [`file:${c.contentHash}`] : [])];

function groupByText(items: readonly RenameCandidate[]): Map<string, RenameCandidate[]> {
  const groups = new Map<string, RenameCandidate[]>();
  for (const item of items) for (const key of textKeys(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

/** The candidates in `groups` with the same text as `item` (possibly itself), each once. */
const sameText = (item: RenameCandidate, groups: Map<string, RenameCandidate[]>): RenameCandidate[] => [...new Set(textKeys(item).flatMap((key) => groups.get(key) ?? []))];

function isNear(a: RenameCandidate, b: RenameCandidate): boolean {
  // A capture saved again keeps its site; a different site is a different publication of the story.
  if (a.site !== null && b.site !== null && a.site !== b.site) return false;
  return a.signature !== null && b.signature !== null && similarity(a.signature, b.signature) >= RENAME_SIMILARITY;
}

/**
 * Pairs each `lost` article (its file is gone) with the `found` one (newly appeared) it became:
 * the one file with exactly its text (its body's, or the whole file's when an earlier extractor read
 * it), else the one near-identical file no other lost article is near.
 */
export function matchRenames(lost: readonly RenameCandidate[], found: readonly RenameCandidate[]): RenamePair[] {
  const pairs: RenamePair[] = [];
  const foundByText = groupByText(found);
  const lostByText = groupByText(lost);
  /** Found articles with some lost article's exact text: never a near match for another one. */
  const exact = new Set<string>();
  const rest: RenameCandidate[] = [];
  for (const item of lost) {
    const same = sameText(item, foundByText).filter((f) => f.id !== item.id);
    if (same.length === 0) {
      rest.push(item);
      continue;
    }
    for (const f of same) exact.add(f.id);
    const [only] = same;
    // Unambiguous both ways: the one file with its text, and no other lost article with that file's.
    if (only && same.length === 1 && sameText(only, lostByText).length === 1) pairs.push({ from: item.id, to: only.id });
  }
  if (rest.length * found.length > MAX_NEAR_COMPARISONS) return pairs;

  const options = new Map<string, RenameCandidate[]>();
  const suitors = new Map<string, number>();
  for (const item of rest) {
    const near = found.filter((f) => f.id !== item.id && !exact.has(f.id) && isNear(item, f));
    options.set(item.id, near);
    for (const f of near) suitors.set(f.id, (suitors.get(f.id) ?? 0) + 1);
  }
  for (const item of rest) {
    const near = options.get(item.id) ?? [];
    const [only] = near;
    if (only && near.length === 1 && suitors.get(only.id) === 1) pairs.push({ from: item.id, to: only.id });
  }
  return pairs;
}

/**
 * Things remembered for a short while. The two halves of a move arrive as separate events, in either
 * order, and a sync tool may write the new copy seconds before deleting the old one.
 */
export class RecentItems<T> {
  readonly #items = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly keepMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  add(key: string, value: T): void {
    this.#items.set(key, { value, at: this.now() });
  }

  delete(key: string): void {
    this.#items.delete(key);
  }

  /** What is still recent (older items are forgotten). */
  values(): T[] {
    const oldest = this.now() - this.keepMs;
    for (const [key, item] of this.#items) if (item.at < oldest) this.#items.delete(key);
    return [...this.#items.values()].map((item) => item.value);
  }
}

/** How long either half of a move (the old file going, the new one appearing) waits for the other. */
const RENAME_WINDOW_MS = 60_000;

const candidateOf = (article: ArticleMeta, signature: Uint32Array | null, contentHash: string | null): RenameCandidate => ({
  id: article.id,
  fingerprint: article.fingerprint,
  contentHash,
  signature,
  site: article.site,
});

/**
 * The open library's side of rename matching. Lost: articles kept as "file missing" (for as long as
 * they are), and, for a while, gone ones that had only a reading position. Found: articles whose file
 * newly appeared, for a while.
 */
export class RenameTracker {
  readonly #appeared: RecentItems<string>;
  readonly #vanished: RecentItems<RenameCandidate>;

  constructor(now?: () => number) {
    this.#appeared = new RecentItems(RENAME_WINDOW_MS, now);
    this.#vanished = new RecentItems(RENAME_WINDOW_MS, now);
  }

  /** A file at a path the library did not know became this article. */
  appeared(articleId: string): void {
    // The same path back again: that article is not lost any more.
    this.#vanished.delete(articleId);
    this.#appeared.add(articleId, articleId);
  }

  /** This article's file went, and it is not kept as "file missing". */
  vanished(article: ArticleMeta, signature: Uint32Array | null, contentHash: string | null): void {
    this.#appeared.delete(article.id);
    this.#vanished.add(article.id, candidateOf(article, signature, contentHash));
  }

  /** The renames to follow now, over the library's entries by article id. */
  pairs(entries: ReadonlyMap<string, CachedFile>): RenamePair[] {
    const lost = new Map(this.#vanished.values().map((c) => [c.id, c]));
    for (const e of entries.values()) if (e.article && !e.body) lost.set(e.article.id, candidateOf(e.article, e.signature, e.hash));
    if (lost.size === 0) return [];
    const found = this.#appeared.values().flatMap((id) => {
      const entry = entries.get(id);
      return entry?.article && entry.body ? [candidateOf(entry.article, entry.signature, entry.hash)] : [];
    });
    return matchRenames([...lost.values()], found);
  }

  /** The pair's annotations moved: neither side is a candidate any more. */
  followed(pair: RenamePair): void {
    this.#vanished.delete(pair.from);
    this.#appeared.delete(pair.to);
  }
}
