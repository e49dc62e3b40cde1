// Runs in Node. Links the open library's syndicated copies to their original, over the MinHash
// signatures the index cache keeps (the bodies need not be read), after each indexing run. In slices:
// the main thread answers the interface meanwhile.
import { signedDuplicateSteps } from '../indexer/duplicates.js';
import type { ArticleMeta, CachedFile } from '../indexer/index-cache.js';
import { runInSlices } from '../indexer/steps.js';

/**
 * Sets each present article's duplicateOf; returns the articles whose link changed. An entry given
 * another article while the links were worked out is left as it is: the run that changed it links
 * again when it ends.
 */
export async function linkDuplicates(entries: Iterable<CachedFile>): Promise<ArticleMeta[]> {
  // Articles whose file is missing have no body to compare.
  const present: CachedFile[] = [];
  const articles: ArticleMeta[] = [];
  const signatures: (Uint32Array | null)[] = [];
  for (const entry of entries) {
    if (!entry.article || !entry.body) continue;
    present.push(entry);
    articles.push(entry.article);
    signatures.push(entry.signature);
  }
  const copies = await runInSlices(signedDuplicateSteps(articles, signatures));
  const changed: ArticleMeta[] = [];
  present.forEach((entry, i) => {
    const article = articles[i] as ArticleMeta;
    const duplicateOf = copies.get(article.id) ?? null;
    if (article.duplicateOf === duplicateOf || entry.article !== article) return;
    entry.article = { ...article, duplicateOf };
    changed.push(entry.article);
  });
  return changed;
}
