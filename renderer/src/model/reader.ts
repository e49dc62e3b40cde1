// Runs in the renderer. The article being read and its highlights: add, recolour, annotate, remove,
// restore. Each action updates the view only once the backend has it on disk. When the open article's
// file is renamed, the reader follows it to its new id in place (see followMove).
import { batch, signal } from '@preact/signals';
import type { ArticleMove, ArticleSummary, ArticleView, HighlightColor, HighlightPatch, HighlightView } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { currentIdOf, onArticleMoved, updateSummary } from './library';
import { followNoteMove, loadNote, flushNote } from './note';
import { closePopover } from './popover';
import { keepPlace } from './reading-state';
import { complain } from './status';
import { clearHistory, recordStep } from './undo';

export const article = signal<ArticleView | null>(null);
export const loadingArticle = signal(false);

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export async function openArticle(articleId: string): Promise<void> {
  await flushNote();
  loadingArticle.value = true;
  try {
    const view = await getCurrent(articleId);
    batch(() => {
      // Another article: an open highlight popover belonged to the one before.
      if (article.value?.id !== view.id) closePopover();
      article.value = view;
      loadNote(view.id, view.note);
      clearHistory();
    });
  } catch (error) {
    complain(messageOf(error));
  } finally {
    loadingArticle.value = false;
  }
}

/** The article as it is now, under the id it has now, even if its file was renamed during the call. */
async function getCurrent(articleId: string): Promise<ArticleView> {
  let view: ArticleView;
  try {
    view = await api.getArticle(currentIdOf(articleId));
  } catch (error) {
    // Renamed while the request was on its way: the old id is gone, the new one has the article.
    if (currentIdOf(articleId) === articleId) throw error;
    view = await api.getArticle(currentIdOf(articleId));
  }
  const id = currentIdOf(view.id);
  return id === view.id ? view : { ...view, id };
}

/**
 * The open article's file was renamed or moved: the reader stays where it is, on the new id. Nothing
 * is reloaded in between (no blank page, no jump), and the note being typed carries on; undo steps
 * and edits still on their way use the old id, which both ends map to the new one.
 */
function followMove(move: ArticleMove, summary: ArticleSummary | undefined): void {
  const current = article.value;
  if (current?.id !== move.from) return;
  keepPlace(move.to);
  followNoteMove(move.from, move.to);
  article.value = { ...current, ...summary, id: move.to, highlightCount: current.highlights.length, missing: summary?.missing };
  void refreshMoved(move.to);
}
onArticleMoved(followMove);

/**
 * The moved file may have been edited too (a rename is recognised despite small changes): its text
 * and highlight places come from the backend then. The same text keeps what is shown, so the page
 * does not re-render and a highlight change still on its way is not overwritten.
 */
async function refreshMoved(articleId: string): Promise<void> {
  let fresh: ArticleView;
  try {
    fresh = await api.getArticle(articleId);
  } catch {
    return; // What is shown stays; the next open reads it again.
  }
  const current = article.value;
  if (current?.id !== articleId) return;
  const sameText = fresh.paragraphs.join('\n\n') === current.paragraphs.join('\n\n') && fresh.paragraphs.length === current.paragraphs.length;
  article.value = sameText ? { ...current, file: fresh.file, missing: fresh.missing } : { ...fresh, position: current.position };
}

const byReadingOrder = (a: HighlightView, b: HighlightView): number =>
  (a.start ?? Infinity) - (b.start ?? Infinity) || a.createdAt.localeCompare(b.createdAt);

/** Applies `change` to the open article's highlights, if `articleId` is still the one open. */
function changeHighlights(sentOn: string, change: (list: HighlightView[]) => HighlightView[]): void {
  const articleId = currentIdOf(sentOn);
  const current = article.value;
  if (current?.id !== articleId) return;
  const highlights = change(current.highlights).sort(byReadingOrder);
  article.value = { ...current, highlights, highlightCount: highlights.length };
  updateSummary(articleId, { highlightCount: highlights.length });
}

const put = (highlight: HighlightView) => (list: HighlightView[]) => [...list.filter((h) => h.id !== highlight.id), highlight];
const drop = (highlightId: string) => (list: HighlightView[]) => list.filter((h) => h.id !== highlightId);

/** Runs a backend call; on failure says why and returns null. */
async function attempt<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    complain(messageOf(error));
    return null;
  }
}

async function removeOnly(articleId: string, highlightId: string): Promise<boolean> {
  // The reply to a void call is null on the wire, so success is "did not throw", not a value.
  const ok = await attempt(async () => {
    await api.removeHighlight(articleId, highlightId);
    return true;
  });
  if (!ok) return false;
  changeHighlights(articleId, drop(highlightId));
  return true;
}

async function restoreOnly(articleId: string, highlightId: string): Promise<boolean> {
  const restored = await attempt(() => api.restoreHighlight(articleId, highlightId));
  if (!restored) return false;
  changeHighlights(articleId, put(restored));
  return true;
}

async function patchOnly(articleId: string, highlightId: string, patch: HighlightPatch): Promise<HighlightView | null> {
  const updated = await attempt(() => api.updateHighlight(articleId, highlightId, patch));
  if (updated) changeHighlights(articleId, put(updated));
  return updated;
}

export async function highlightRange(start: number, end: number, color?: HighlightColor): Promise<HighlightView | null> {
  const current = article.value;
  if (!current) return null;
  const articleId = current.id;
  const highlight = await attempt(() => api.addHighlight({ articleId, start, end, ...(color ? { color } : {}) }));
  if (!highlight) return null;
  changeHighlights(articleId, put(highlight));
  recordStep({
    label: 'highlight',
    undo: () => removeOnly(articleId, highlight.id),
    redo: () => restoreOnly(articleId, highlight.id),
  });
  return highlight;
}

export async function removeHighlight(highlightId: string): Promise<void> {
  const articleId = article.value?.id;
  if (!articleId || !(await removeOnly(articleId, highlightId))) return;
  recordStep({
    label: 'removing the highlight',
    undo: () => restoreOnly(articleId, highlightId),
    redo: () => removeOnly(articleId, highlightId),
  });
}

export async function recolorHighlight(highlightId: string, color: HighlightColor): Promise<void> {
  const current = article.value;
  const before = current?.highlights.find((h) => h.id === highlightId);
  if (!current || !before || before.color === color) return;
  const articleId = current.id;
  if (!(await patchOnly(articleId, highlightId, { color }))) return;
  recordStep({
    label: 'the colour change',
    undo: async () => (await patchOnly(articleId, highlightId, { color: before.color })) !== null,
    redo: async () => (await patchOnly(articleId, highlightId, { color })) !== null,
  });
}

/** Saves a highlight's note (from the popover's editor); resolves true once it is on disk. */
export async function saveHighlightNote(articleId: string, highlightId: string, note: string): Promise<boolean> {
  return (await patchOnly(articleId, highlightId, { note })) !== null;
}
