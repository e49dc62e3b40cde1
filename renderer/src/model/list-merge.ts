// Runs in the renderer. A pushed change merged into the library's article list, by id.
// With its extension: Node's tests import this module too (tests/unit/list-merge.test.ts).
import type { ArticleSummary } from '../../../electron/common/contract.js';

/**
 * `list` with `upserted` in it (a new version where its id is listed, else added at the end) and
 * `removed` ids taken out, and the old entries that went. A changed article takes its old entry's
 * place, found through the list's index of ids: linking copies at the end of a large run changes
 * thousands of articles at once, and a pass over 100,000 articles looking each up by id blocked the
 * page for tens of milliseconds. Only removals cost such a pass.
 */
export function merge(list: readonly ArticleSummary[], upserted: readonly ArticleSummary[], removed: readonly string[]): { articles: ArticleSummary[]; dropped: Map<string, ArticleSummary> } {
  const index = indexOf(list);
  const dropped = new Map<string, ArticleSummary>();
  let articles: ArticleSummary[];
  if (removed.some((id) => index.has(id))) {
    const going = new Set([...removed, ...upserted.map((a) => a.id)]);
    const kept = list.filter((a) => {
      if (!going.has(a.id)) return true;
      dropped.set(a.id, a);
      return false;
    });
    articles = kept.concat(upserted);
    indexOfList = { list: articles, index: new Map(articles.map((a, i) => [a.id, i])) };
    return { articles, dropped };
  }
  const fresh = upserted.filter((a) => !index.has(a.id));
  // Only new articles (a library being indexed): appended to one copy of the list.
  articles = fresh.length === upserted.length ? list.concat(upserted) : list.slice();
  if (fresh.length < upserted.length) {
    for (const a of upserted) {
      const at = index.get(a.id);
      if (at === undefined) continue;
      dropped.set(a.id, articles[at] as ArticleSummary);
      articles[at] = a;
    }
    for (const a of fresh) articles.push(a);
  }
  // Kept up to date rather than gathered again from 100,000 articles at the next change.
  const start = articles.length - fresh.length;
  fresh.forEach((a, i) => index.set(a.id, start + i));
  indexOfList = { list: articles, index };
  return { articles, dropped };
}

/** Where each id stands in the last list asked about (see merge). */
let indexOfList: { list: readonly ArticleSummary[]; index: Map<string, number> } | null = null;

function indexOf(list: readonly ArticleSummary[]): Map<string, number> {
  if (indexOfList?.list !== list) indexOfList = { list, index: new Map(list.map((a, i) => [a.id, i])) };
  return indexOfList.index;
}
