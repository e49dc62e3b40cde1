// Runs in the renderer. The article being read and its highlights.
import { signal } from '@preact/signals';
import type { ArticleView, HighlightColor } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { updateSummary } from './library';
import { loadNote, flushNote } from './note';
import { complain } from './status';

export const article = signal<ArticleView | null>(null);
export const loadingArticle = signal(false);

export async function openArticle(articleId: string): Promise<void> {
  await flushNote();
  loadingArticle.value = true;
  try {
    const view = await api.getArticle(articleId);
    article.value = view;
    loadNote(view.id, view.note);
  } catch (error) {
    complain(messageOf(error));
  } finally {
    loadingArticle.value = false;
  }
}

export async function highlightRange(start: number, end: number, color?: HighlightColor): Promise<void> {
  const current = article.value;
  if (!current) return;
  try {
    const highlight = await api.addHighlight({ articleId: current.id, start, end, ...(color ? { color } : {}) });
    if (article.value?.id !== current.id) return;
    const highlights = [...article.value.highlights, highlight].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
    article.value = { ...article.value, highlights, highlightCount: highlights.length };
    updateSummary(current.id, { highlightCount: highlights.length });
  } catch (error) {
    complain(messageOf(error));
  }
}

export async function removeHighlight(highlightId: string): Promise<void> {
  const current = article.value;
  if (!current) return;
  try {
    await api.removeHighlight(current.id, highlightId);
    if (article.value?.id !== current.id) return;
    const highlights = article.value.highlights.filter((h) => h.id !== highlightId);
    article.value = { ...article.value, highlights, highlightCount: highlights.length };
    updateSummary(current.id, { highlightCount: highlights.length });
  } catch (error) {
    complain(messageOf(error));
  }
}
