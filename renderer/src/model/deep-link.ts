// Runs in the renderer. Opening a link to a passage: lectern://open?article=…&highlight=… on the desktop
// (the main process forwards it as an openLink event), or in browser mode the same query at /open (or
// /?article=…) of the local server. Opens the article, scrolls to the highlight and flashes it.
import type { DeepLinkTarget } from '../../../electron/common/contract';
import { onEvent } from '../api/client';
import { revealHighlight } from '../dom/reveal-match';
import { cursorId, library } from './library';
import { marksOf } from './popover';
import { article, openArticle } from './reader';
import { complain } from './status';

/** The link in this page's own address, if it was opened as one. */
export function linkInAddress(location: Location): DeepLinkTarget | null {
  const query = new URLSearchParams(location.search);
  const articleId = query.get('article');
  if (!articleId) return null;
  return { articleId, highlightId: query.get('highlight') };
}

export async function openLink(target: DeepLinkTarget): Promise<void> {
  if (!library.value?.articles.some((a) => a.id === target.articleId)) {
    return complain('That link points to an article that is not in the open library.');
  }
  cursorId.value = target.articleId;
  if (article.value?.id !== target.articleId) await openArticle(target.articleId);
  if (!target.highlightId) return;
  await revealHighlight(target.highlightId);
  const marks = marksOf(target.highlightId);
  if (marks.length === 0) return complain('That highlight is no longer in this article.');
  for (const mark of marks) {
    // Restarting the animation: drop the class, force a style flush, add it again.
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
    mark.addEventListener('animationend', () => mark.classList.remove('flash'), { once: true });
  }
  document.documentElement.dataset.flashedHighlight = target.highlightId;
}

/** Follows the page's own link once the library is loaded, then tidies the address bar. */
export async function followLaunchLink(): Promise<void> {
  const target = linkInAddress(window.location);
  if (!target) return;
  history.replaceState(null, '', '/');
  await openLink(target);
}

export function listenForLinks(): void {
  onEvent('openLink', (target) => void openLink(target));
}
