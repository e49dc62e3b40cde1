// Runs in the renderer. Search as you type across the library, and opening a result at its match.
import { signal } from '@preact/signals';
import type { SearchHit } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { bodyWordAt } from './body-text';
import { focusNote, revealHighlight, revealRange } from '../dom/reveal-match';
import { article, openArticle } from './reader';
import { revealOnOpen } from './reading-state';
import { complain } from './status';

export const searchQuery = signal('');
export const searchResults = signal<SearchHit[]>([]);
/** The query the shown results answer (results arrive a little after typing). */
export const resultsQuery = signal('');
export const searchError = signal<string | null>(null);

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

export function clearSearch(): void {
  setSearchQuery('');
}

/** Opens the article, scrolls to the match and marks it. */
export async function openHit(hit: SearchHit): Promise<void> {
  try {
    if (article.value?.id !== hit.articleId) revealOnOpen(hit.articleId);
    await openArticle(hit.articleId);
    if (hit.kind === 'note') return void (await focusNote());
    if (hit.kind === 'highlight' && hit.highlightId) return void (await revealHighlight(hit.highlightId));
    const view = article.value;
    if (hit.position !== null && view?.id === hit.articleId) {
      await revealRange(hit.position, bodyWordAt(view, hit.position).length || 1);
    }
  } catch (error) {
    complain(messageOf(error));
  }
}
