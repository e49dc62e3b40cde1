// Runs in the renderer. The open library and which article is selected in it.
import { computed, signal } from '@preact/signals';
import type { AppInfo, ArticleSummary, LibraryView } from '../../../electron/common/contract';
import { api, messageOf, onEvent } from '../api/client';
import { preferences } from './preferences';
import { complain, warnings } from './status';

export const appInfo = signal<AppInfo | null>(null);
export const library = signal<LibraryView | null>(null);
export const loadingLibrary = signal(true);
/** The article the list's cursor is on (it opens on click or Enter). */
export const cursorId = signal<string | null>(null);

export const articles = computed<ArticleSummary[]>(() => library.value?.articles ?? []);

export async function startApp(): Promise<void> {
  onEvent('libraryChanged', (view) => {
    library.value = view;
  });
  try {
    const info = await api.getAppInfo();
    appInfo.value = info;
    warnings.value = info.warnings;
    preferences.value = info.preferences;
    library.value = await api.getLibrary();
  } catch (error) {
    complain(messageOf(error));
  } finally {
    loadingLibrary.value = false;
  }
}

export async function openFolder(folder: string): Promise<boolean> {
  loadingLibrary.value = true;
  try {
    library.value = await api.openLibrary(folder);
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
