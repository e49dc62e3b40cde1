// Runs in the renderer. The article being read and its highlights: add, recolour, annotate, remove,
// restore. Each action updates the view only once the backend has it on disk.
import { signal } from '@preact/signals';
import type { ArticleView, HighlightColor, HighlightPatch, HighlightView } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { updateSummary } from './library';
import { loadNote, flushNote } from './note';
import { complain } from './status';
import { clearHistory, recordStep } from './undo';

export const article = signal<ArticleView | null>(null);
export const loadingArticle = signal(false);

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export async function openArticle(articleId: string): Promise<void> {
  await flushNote();
  loadingArticle.value = true;
  try {
    const view = await api.getArticle(articleId);
    article.value = view;
    loadNote(view.id, view.note);
    clearHistory();
  } catch (error) {
    complain(messageOf(error));
  } finally {
    loadingArticle.value = false;
  }
}

const byReadingOrder = (a: HighlightView, b: HighlightView): number =>
  (a.start ?? Infinity) - (b.start ?? Infinity) || a.createdAt.localeCompare(b.createdAt);

/** Applies `change` to the open article's highlights, if `articleId` is still the one open. */
function changeHighlights(articleId: string, change: (list: HighlightView[]) => HighlightView[]): void {
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
