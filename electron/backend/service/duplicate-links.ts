// Runs in Node. Links the open library's syndicated copies to their original, over the MinHash
// signatures the index cache keeps (the bodies need not be read), after each indexing run.
import { findSignedDuplicates } from '../indexer/duplicates.js';
import type { ArticleMeta, CachedFile } from '../indexer/index-cache.js';

/** Sets each present article's duplicateOf; returns the articles whose link changed. */
export function linkDuplicates(entries: Iterable<CachedFile>): ArticleMeta[] {
  // Articles whose file is missing have no body to compare.
  const present = [...entries].flatMap((entry) => (entry.article && entry.body ? [{ entry, article: entry.article }] : []));
  const copies = findSignedDuplicates(
    present.map(({ article }) => article),
    present.map(({ entry }) => entry.signature),
  );
  const changed: ArticleMeta[] = [];
  for (const { entry, article } of present) {
    const duplicateOf = copies.get(article.id) ?? null;
    if (article.duplicateOf === duplicateOf) continue;
    entry.article = { ...article, duplicateOf };
    changed.push(entry.article);
  }
  return changed;
}
