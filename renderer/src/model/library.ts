// Runs in the renderer. The open library and which article is selected in it.
import { computed, signal } from '@preact/signals';
import type { AppInfo, ArticleSummary, IndexProgress, LibraryDelta, LibraryView } from '../../../electron/common/contract';
import { api, messageOf, onEvent } from '../api/client';
import { preferences } from './preferences';
import { complain, warnings } from './status';

export const appInfo = signal<AppInfo | null>(null);
export const library = signal<LibraryView | null>(null);
export const loadingLibrary = signal(true);
/** The indexing run of the open library: progress while it reads files, then done or cancelled. */
export const indexProgress = signal<IndexProgress | null>(null);
/** The article the list's cursor is on (it opens on click or Enter). */
export const cursorId = signal<string | null>(null);

export const articles = computed<ArticleSummary[]>(() => library.value?.articles ?? []);

export async function startApp(): Promise<void> {
  onEvent('libraryChanged', (view) => {
    library.value = view;
  });
  onEvent('libraryUpdated', applyDelta);
  onEvent('indexProgress', (progress) => {
    if (progress.folder === library.value?.folder || !library.value) indexProgress.value = progress;
  });
  try {
    const info = await api.getAppInfo();
    appInfo.value = info;
    warnings.value = info.warnings;
    preferences.value = info.preferences;
    showLibrary(await api.getLibrary());
  } catch (error) {
    complain(messageOf(error));
  } finally {
    loadingLibrary.value = false;
  }
}

export async function openFolder(folder: string): Promise<boolean> {
  loadingLibrary.value = true;
  try {
    showLibrary(await api.openLibrary(folder));
    cursorId.value = null;
    return true;
  } catch (error) {
    complain(messageOf(error));
    return false;
  } finally {
    loadingLibrary.value = false;
  }
}

/** Keep the list's counts in step after highlighting or writing a note. */
export function updateSummary(articleId: string, change: Partial<ArticleSummary>): void {
  const view = library.value;
  if (!view) return;
  library.value = {
    ...view,
    articles: view.articles.map((a) => (a.id === articleId ? { ...a, ...change } : a)),
  };
}

function showLibrary(view: LibraryView): void {
  library.value = view;
  indexProgress.value = view.indexing ?? null;
}

/** Articles indexed, changed or gone since the view: merged in by id, the rest of the list kept. */
export function applyDelta(delta: LibraryDelta): void {
  const view = library.value;
  if (!view || view.folder !== delta.folder) return;
  const changed = new Map(delta.upserted.map((a) => [a.id, a]));
  const removed = new Set(delta.removed);
  const kept = view.articles.filter((a) => !removed.has(a.id) && !changed.has(a.id));
  library.value = { ...view, articles: kept.concat(delta.upserted.filter((a) => !removed.has(a.id))), errors: delta.errors };
}

export async function cancelIndexing(): Promise<void> {
  try {
    await api.cancelIndexing();
  } catch (error) {
    complain(messageOf(error));
  }
}

/** Deletes the notes and highlights of an article whose file is gone (it then leaves the list). */
export async function forgetArticle(articleId: string): Promise<boolean> {
  try {
    await api.forgetArticle(articleId);
    return true;
  } catch (error) {
    complain(messageOf(error));
    return false;
  }
}
