// Runs in the renderer. The open library and which article is selected in it.
import { batch, computed, signal } from '@preact/signals';
import type { AppInfo, ArticleSummary, IndexProgress, LibraryDelta, LibraryView } from '../../../electron/common/contract';
import { api, messageOf, onEvent } from '../api/client';
import { recordChange } from './list-changes';
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
    batch(() => {
      library.value = view;
      applyEarlyDeltas(view.folder);
    });
  });
  onEvent('libraryUpdated', applyDelta);
  onEvent('indexProgress', (progress) => {
    if (progress.folder === library.value?.folder || !library.value) indexProgress.value = progress;
  });
  try {
    // Both at once: each waits for the backend to open the library, and the list is what the
    // person is waiting for, so it must not also wait for a second round trip.
    const firstView = api.getLibrary();
    // Handled here too so that, if the app info fails first, this failure is not left unhandled.
    firstView.catch(() => undefined);
    const info = await api.getAppInfo();
    appInfo.value = info;
    warnings.value = info.warnings;
    preferences.value = info.preferences;
    showLibrary(await firstView);
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
  const added: ArticleSummary[] = [];
  const articles = view.articles.map((a) => {
    if (a.id !== articleId) return a;
    const updated = { ...a, ...change };
    added.push(updated);
    return updated;
  });
  recordChange(articles, { added, dropped: new Set(added.map((a) => a.id)) });
  library.value = { ...view, articles };
}

/**
 * Deltas that arrived before the view of their folder: the event stream can overtake the answer to
 * getLibrary or openLibrary, and a batch dropped then would be missing from the list for good.
 */
let earlyDeltas: LibraryDelta[] = [];

/** Applies the waiting deltas for `folder` in order; re-applying one the view already has changes nothing. */
function applyEarlyDeltas(folder: string): void {
  const waiting = earlyDeltas.filter((d) => d.folder === folder);
  earlyDeltas = [];
  for (const delta of waiting) applyDelta(delta);
}

function showLibrary(view: LibraryView): void {
  batch(() => {
    library.value = view;
    indexProgress.value = view.indexing ?? null;
    applyEarlyDeltas(view.folder);
  });
}

/**
 * Articles indexed, changed or gone since the view: merged in by id, the rest of the list kept. The
 * change is logged so the sorted rows take in just these articles (see list-changes.ts).
 */
export function applyDelta(delta: LibraryDelta): void {
  const view = library.value;
  if (!view || view.folder !== delta.folder) {
    earlyDeltas.push(delta);
    return;
  }
  const removed = new Set(delta.removed);
  const upserted = delta.upserted.filter((a) => !removed.has(a.id));
  const going = new Set([...delta.removed, ...upserted.map((a) => a.id)]);
  const dropped = new Set<string>();
  const kept = view.articles.filter((a) => {
    if (!going.has(a.id)) return true;
    dropped.add(a.id);
    return false;
  });
  const articles = kept.concat(upserted);
  recordChange(articles, { added: upserted, dropped });
  library.value = { ...view, articles, errors: delta.errors };
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
