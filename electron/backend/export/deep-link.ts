// Runs in Node. Links from an exported note back to the passage in Lectern: lectern://open?article=…&highlight=…
// The desktop app registers the lectern: scheme; browser mode serves the same query at /open.

export const DEEP_LINK_SCHEME = 'lectern';

export interface DeepLink {
  articleId: string;
  highlightId: string | null;
}

export function deepLink(articleId: string, highlightId?: string): string {
  const query = new URLSearchParams({ article: articleId });
  if (highlightId) query.set('highlight', highlightId);
  return `${DEEP_LINK_SCHEME}://open?${query.toString()}`;
}

/** The article and highlight a lectern:// link names; null for anything else. */
export function parseDeepLink(text: string): DeepLink | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // lectern://open?… parses with "open" as the host; lectern:open?… (some shells) as the path.
  const action = url.host || url.pathname.replace(/^\/+/, '');
  if (url.protocol !== `${DEEP_LINK_SCHEME}:` || action !== 'open') return null;
  const articleId = url.searchParams.get('article');
  if (!articleId || !/^[a-z0-9]{8,64}$/.test(articleId)) return null;
  const highlightId = url.searchParams.get('highlight');
  return { articleId, highlightId: highlightId && /^[a-z0-9-]{4,64}$/.test(highlightId) ? highlightId : null };
}
