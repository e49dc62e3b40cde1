// Runs in Node. Links the open library's syndicated copies to their original, over the MinHash
// signatures the index cache keeps (the bodies need not be read), after each indexing run. In slices:
// the main thread answers the interface meanwhile.
import { signedDuplicateSteps } from '../indexer/duplicates.js';
import type { ArticleMeta, CachedFile } from '../indexer/index-cache.js';
import { ITEMS_PER_STEP, runInSlices, type Steps } from '../indexer/steps.js';

/**
 * Sets each present article's duplicateOf; returns the articles whose link changed. An entry given
 * another article while the links were worked out is left as it is: the run that changed it links
 * again when it ends.
 */
export async function linkDuplicates(entries: Iterable<CachedFile>): Promise<ArticleMeta[]> {
  // The entries as they are now, taken at once (one call, in V8's own code): the passes over them
  // below yield, and the library may change meanwhile.
  const found = await runInSlices(copySteps(Array.from(entries)));
  return runInSlices(applySteps(found));
}

interface FoundCopies {
  /** The entries with a body, and each one's article when the search began. */
  present: CachedFile[];
  articles: ArticleMeta[];
  /** The id of each copy's original. */
  copies: Map<string, string>;
}

function* copySteps(entries: readonly CachedFile[]): Steps<FoundCopies> {
  // Articles whose file is missing have no body to compare.
  const present: CachedFile[] = [];
  const articles: ArticleMeta[] = [];
  const signatures: (Uint32Array | null)[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CachedFile;
    if (entry.article && entry.body) {
      present.push(entry);
      articles.push(entry.article);
      signatures.push(entry.signature);
    }
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
  }
  const copies = yield* signedDuplicateSteps(articles, signatures);
  return { present, articles, copies };
}

function* applySteps({ present, articles, copies }: FoundCopies): Steps<ArticleMeta[]> {
  const changed: ArticleMeta[] = [];
  for (let i = 0; i < present.length; i++) {
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
    const entry = present[i] as CachedFile;
    const article = articles[i] as ArticleMeta;
    const duplicateOf = copies.get(article.id) ?? null;
    if (article.duplicateOf === duplicateOf || entry.article !== article) continue;
    entry.article = { ...article, duplicateOf };
    changed.push(entry.article);
  }
  return changed;
}
