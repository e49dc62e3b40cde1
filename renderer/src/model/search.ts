// Runs in the renderer. Search as you type across the library, and opening a result at its match.
import { signal } from '@preact/signals';
import type { SearchHit } from '../../../electron/common/contract';
import { api, messageOf, onEvent } from '../api/client';
import { revealHighlight, revealRange } from '../dom/reveal-match';
import { goToNote } from './notes-fold';
import { article, openArticle } from './reader';
import { revealOnOpen } from './reading-state';
import { complain } from './status';

export const searchQuery = signal('');
export const searchResults = signal<SearchHit[]>([]);
/** The query the shown results answer (results arrive a little after typing). */
export const resultsQuery = signal('');
export const searchError = signal<string | null>(null);
/** Articles not yet in the search index (a large library's index is still being built): results
 * meanwhile come from the others, and the query is asked again once every article is in. */
export const searchPending = signal(0);

/** Short enough to feel instant, long enough not to search for every half-typed letter. */
const TYPING_PAUSE_MS = 60;
let timer: ReturnType<typeof setTimeout> | null = null;
let latest = 0;

export function setSearchQuery(query: string): void {
  searchQuery.value = query;
  if (timer) clearTimeout(timer);
  if (query.trim() === '') {
    latest++;
    searchResults.value = [];
    resultsQuery.value = '';
    return;
  }
  timer = setTimeout(() => void runSearch(query), TYPING_PAUSE_MS);
}

async function runSearch(query: string): Promise<void> {
  const ticket = ++latest;
  try {
    const hits = await api.search(query);
    // Answers can arrive out of order; only the newest query's results may be shown.
    if (ticket !== latest) return;
    searchResults.value = hits;
    resultsQuery.value = query.trim();
    searchError.value = null;
  } catch (error) {
    if (ticket === latest) searchError.value = messageOf(error);
  }
}

export function listenForSearchIndexing(): void {
  onEvent('searchIndexing', ({ pending }) => {
    const wasBehind = searchPending.value > 0;
    searchPending.value = pending;
    if (pending === 0 && wasBehind && searchQuery.value.trim() !== '') void runSearch(searchQuery.value);
  });
}

export function clearSearch(): void {
  setSearchQuery('');
}

/**
 * Enter in the search box: the best result for what is typed, as a quick switcher opens it. The
 * typed query is asked at once if its answer has not come yet; nothing opens when a newer query
 * overtook it meanwhile or it found nothing. Resolves to whether a result was opened.
 */
export async function openBestResult(): Promise<boolean> {
  const query = searchQuery.value.trim();
  if (query === '') return false;
  if (resultsQuery.value !== query) {
    if (timer) clearTimeout(timer);
    timer = null;
    await runSearch(searchQuery.value);
  }
  const [best] = searchResults.value;
  if (resultsQuery.value !== query || !best) return false;
  await openHit(best);
  return true;
}

/** Opens the article, scrolls to the match and marks it. */
export async function openHit(hit: SearchHit): Promise<void> {
  try {
    if (article.value?.id !== hit.articleId) revealOnOpen(hit.articleId);
    await openArticle(hit.articleId);
    if (hit.kind === 'note') return void (await goToNote());
    if (hit.kind === 'highlight' && hit.highlightId) return void (await revealHighlight(hit.highlightId));
    const view = article.value;
    if (hit.position !== null && view?.id === hit.articleId) {
      await revealRange(hit.position, hit.length || 1);
    }
  } catch (error) {
    complain(messageOf(error));
  }
}
