// Runs in Node. Search results on versions of one story (a syndicated original and its copies on
// other sites) that match in the same words: one result, naming the other sites, rather than the
// same title and snippet listed once per site.
import type { SearchHit } from '../../common/contract.js';

/**
 * `hits` best first. The story's original stands for the versions folded, at the best rank among
 * them, naming the others' sites (`alsoIn`). `storyOf` gives an article's story (its original's id,
 * or its own), or null when the article is not known. A version whose snippet differs (its text
 * differs where it matched) stays a result of its own; highlight and note results are never folded.
 */
export function foldCopies(hits: readonly SearchHit[], storyOf: (articleId: string) => string | null): SearchHit[] {
  const kept: SearchHit[] = [];
  /** The result kept for a story and snippet, by `${story}\n${snippet}`. */
  const first = new Map<string, SearchHit>();
  for (const hit of hits) {
    const story = hit.kind === 'article' ? storyOf(hit.articleId) : null;
    if (story === null) {
      kept.push(hit);
      continue;
    }
    const key = `${story}\n${hit.snippet}`;
    const earlier = first.get(key);
    if (!earlier) {
      const own = { ...hit };
      first.set(key, own);
      kept.push(own);
      continue;
    }
    // The original stands for its story, as in the library list, at the best rank of its versions.
    const [shown, other] = hit.articleId === story ? [hit, earlier] : [earlier, hit];
    const also = [...(earlier.alsoIn ?? []), other.site ?? other.title ?? 'another copy'].filter((site, i, all) => site !== shown.site && all.indexOf(site) === i);
    Object.assign(earlier, shown, { score: earlier.score, alsoIn: also.length > 0 ? also : undefined });
  }
  return kept;
}
