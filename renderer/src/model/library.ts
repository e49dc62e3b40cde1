// Runs in the renderer. The open library and which article is selected in it; articles whose file was
// renamed or moved are followed to their new id (the selection here, the reader through onArticleMoved).
import { batch, computed, signal } from '@preact/signals';
import type { AppInfo, ArticleMove, ArticleSummary, IndexProgress, LibraryDelta, LibraryRest, LibraryView } from '../../../electron/common/contract';
import { api, messageOf, onEvent, onEventsResumed } from '../api/client';
import { afterNextFrame } from '../dom/next-frame';
import { recordChange } from './list-changes';
import { merge } from './list-merge';
import { preferences } from './preferences';
import { complain, warnings } from './status';

export const appInfo = signal<AppInfo | null>(null);
export const library = signal<LibraryView | null>(null);
export const loadingLibrary = signal(true);
/** The indexing run of the open library: progress while it reads files, then done or cancelled. */
export const indexProgress = signal<IndexProgress | null>(null);
/** While a large library's list comes in part by part (see loadRest): how much of it is here. */
export const listingProgress = signal<{ listed: number; total: number } | null>(null);
/** The article the list's cursor is on (it opens on click or Enter). */
export const cursorId = signal<string | null>(null);

export const articles = computed<ArticleSummary[]>(() => library.value?.articles ?? []);

export async function startApp(): Promise<void> {
  onEvent('libraryChanged', (view) => batch(() => takeView(view)));
  onEvent('libraryUpdated', applyDelta);
  // Changes pushed while the event stream was down are lost: the list is fetched again whole.
  onEventsResumed(() => void refetchLibrary());
  onEvent('indexProgress', (progress) => {
    if (progress.folder === library.value?.folder || !library.value) indexProgress.value = progress;
    // It names the last change sent before it: one this page never got was missed.
    if (library.value && progress.revision !== undefined && progress.revision > lastRevision) void refetchLibrary();
  });
  try {
    // Both at once: each waits for the backend to open the library, and the list is what the
    // person is waiting for, so it must not also wait for a second round trip (nor for the event
    // stream: a change pushed before it opened is noticed by its revision, and fetched).
    const firstView = api.getLibrary();
    // Handled here too so that, if the app info fails first, this failure is not left unhandled.
    firstView.catch(() => undefined);
    const info = await api.getAppInfo();
    appInfo.value = info;
    warnings.value = info.warnings;
    preferences.value = info.preferences;
    const view = await firstView;
    // The app's frame (toolbar, panes, controls) is drawn first, and the list's rows in the next
    // frame: in one, the page's first style and layout (fonts looked up and set up for each size)
    // made one task of 30-45 ms of CPU, 100-150 ms on two cores busy indexing.
    await afterNextFrame();
    showLibrary(view);
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
export function updateSummary(savedOn: string, change: Partial<ArticleSummary>): void {
  const view = library.value;
  if (!view) return;
  // A save sent on an id that has moved since lands on the new article (the backend follows it too).
  const articleId = currentIdOf(savedOn);
  // The article may be in a part still to come, as it was before this change.
  if (restLoad) restLoad.changed.set(articleId, { ...restLoad.changed.get(articleId), ...change });
  const added: ArticleSummary[] = [];
  const dropped = new Map<string, ArticleSummary>();
  const articles = view.articles.map((a) => {
    if (a.id !== articleId) return a;
    const updated = { ...a, ...change };
    added.push(updated);
    dropped.set(a.id, a);
    return updated;
  });
  recordChange(view.articles, articles, { added, dropped });
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

let refetching = false;
/** The last change this page's list holds (see LibraryDelta.revision). */
let lastRevision = 0;

/** The whole list again, after pushed changes may have been lost; changes meanwhile are re-applied.
 * False when it could not be fetched. */
async function refetchLibrary(): Promise<boolean> {
  if (!library.value || refetching) return false;
  refetching = true;
  const view = await api.getLibrary().catch(() => null); // gone again: the next reconnection retries
  refetching = false;
  if (view) showLibrary(view);
  return view !== null;
}

/** The list becomes `view`, with the changes that arrived before it applied on top. */
function takeView(view: LibraryView): void {
  // Opening a folder gives its view twice, as the answer and as libraryChanged: its parts are
  // fetched once.
  if (view.rest && view.rest.listing === lastListing) return;
  lastListing = view.rest?.listing ?? null;
  if (view.folder !== library.value?.folder) movedTo.clear();
  library.value = view;
  lastRevision = view.revision;
  restLoad = null;
  listingProgress.value = null;
  if (view.rest) void loadRest(view.rest, view.articles.length);
  else restFailed = false;
  applyEarlyDeltas(view.folder);
}

/** The library shown again as the backend has it now (after a restore, say). */
export async function reloadLibrary(): Promise<void> {
  showLibrary(await api.getLibrary());
}

/**
 * The rest of a large library's list being fetched. Changes pushed meanwhile wait in `deltas`: the
 * parts are the list as it was when the view was taken, and a change merged before them would be
 * undone by the older entry a later part brings. Changes made here (a highlight counted) wait in
 * `changed` for the article's part.
 */
let restLoad: { deltas: LibraryDelta[]; changed: Map<string, Partial<ArticleSummary>> } | null = null;
/** The last rest load failed: the next failure is told rather than retried. */
let restFailed = false;
/** The kept list the last view taken was cut from (see LibraryView.rest). */
let lastListing: string | null = null;

/**
 * Fetches a view's other articles part by part, each merged into the list in a task of its own (see
 * LibraryView.rest); the next part is asked for before this one is taken in. Then the changes that
 * waited. A newer view stops it; a failure fetches the whole library again.
 */
async function loadRest(rest: LibraryRest, from: number): Promise<void> {
  const load = { deltas: [] as LibraryDelta[], changed: new Map<string, Partial<ArticleSummary>>() };
  restLoad = load;
  listingProgress.value = { listed: from, total: rest.total };
  try {
    let next: number | null = from;
    let coming = api.getLibraryPart(rest.listing, from);
    while (next !== null) {
      const part = await coming;
      if (restLoad !== load) return;
      next = part.next;
      if (next !== null) {
        coming = api.getLibraryPart(rest.listing, next);
        coming.catch(() => undefined); // awaited at the next turn, unless a newer view stopped this one
      }
      const view = library.value as LibraryView; // set before any rest is loaded
      const added = load.changed.size === 0 ? part.articles : part.articles.map((a) => ({ ...a, ...load.changed.get(a.id) }));
      const { articles, dropped } = merge(view.articles, added, []);
      recordChange(view.articles, articles, { added, dropped });
      batch(() => {
        library.value = { ...view, articles };
        listingProgress.value = next === null ? null : { listed: articles.length, total: rest.total };
      });
    }
  } catch (error) {
    if (restLoad !== load) return;
    restLoad = null;
    listingProgress.value = null;
    // The kept list is gone (the backend restarted, or it went unread too long): the whole library
    // again; told when that fails too, or when its rest fails as well.
    const again = !restFailed;
    restFailed = true;
    if (!again || !(await refetchLibrary())) complain(messageOf(error));
    return;
  }
  restFailed = false;
  restLoad = null;
  const view = library.value;
  if (view) for (const delta of load.deltas) mergeDelta(view.folder, delta);
}

function showLibrary(view: LibraryView): void {
  batch(() => {
    takeView(view);
    indexProgress.value = view.indexing ?? null;
  });
}

/**
 * Articles indexed, changed or gone since the view: merged in by id, the rest of the list kept. The
 * change is logged so the sorted rows take in just these articles (see list-changes.ts).
 */
export function applyDelta(delta: LibraryDelta): void {
  // Also kept while the list is fetched again: the fetched view may predate it.
  if (refetching) earlyDeltas.push(delta);
  const view = library.value;
  if (!view || view.folder !== delta.folder) {
    earlyDeltas.push(delta);
    return;
  }
  if (delta.revision <= lastRevision) {
    // The view holds it already; only an open reader may still need to follow its moves.
    for (const move of delta.moved ?? []) followMove(move, view.articles);
    return;
  }
  const missed = delta.revision > lastRevision + 1;
  lastRevision = delta.revision;
  if (missed) void refetchLibrary();
  if (restLoad) restLoad.deltas.push(delta);
  else mergeDelta(view.folder, delta);
}

/** A change merged into the list of `folder`, if it is still the one shown. */
function mergeDelta(folder: string, delta: LibraryDelta): void {
  const view = library.value;
  if (!view || view.folder !== folder) return;
  const removed = new Set(delta.removed);
  const upserted = delta.upserted.filter((a) => !removed.has(a.id));
  const { articles, dropped } = merge(view.articles, upserted, delta.removed);
  recordChange(view.articles, articles, { added: upserted, dropped });
  batch(() => {
    library.value = { ...view, articles, errors: delta.errors, unavailable: delta.unavailable };
    // In the same batch as the list: the new row is never shown without the reader on it.
    for (const move of delta.moved ?? []) followMove(move, articles);
  });
}

/** Old id → new id of articles whose file was renamed or moved while this library was open. */
const movedTo = new Map<string, string>();
const moveListeners: Array<(move: ArticleMove, summary: ArticleSummary | undefined) => void> = [];

/**
 * The id `articleId` has now: an action started on an article before its file was renamed (a save,
 * a highlight, an open) finishes on the article it became.
 */
export function currentIdOf(articleId: string): string {
  let id = articleId;
  // No cycles: an id that becomes current again loses its own entry (see followMove).
  for (let next = movedTo.get(id); next !== undefined; next = movedTo.get(id)) id = next;
  return id;
}

/** Calls `listener` for every article that moves to a new id, with its summary at the new id. */
export function onArticleMoved(listener: (move: ArticleMove, summary: ArticleSummary | undefined) => void): void {
  moveListeners.push(listener);
}

function followMove(move: ArticleMove, articles: readonly ArticleSummary[]): void {
  movedTo.delete(move.to);
  movedTo.set(move.from, move.to);
  if (cursorId.value === move.from) cursorId.value = move.to;
  const summary = articles.find((a) => a.id === move.to);
  for (const listener of moveListeners) listener(move, summary);
}

export async function cancelIndexing(): Promise<void> {
  try {
    await api.cancelIndexing();
  } catch (error) {
    complain(messageOf(error));
  }
}

/** Goes on with a cancelled indexing run (its progress comes back as indexProgress pushes). */
export async function resumeIndexing(): Promise<void> {
  try {
    await api.resumeIndexing();
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
