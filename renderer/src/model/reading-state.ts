// Runs in the renderer. Saving what the person does not want to set twice: reading settings and
// where they stopped in each article. Saves are quiet; failures are reported, never fatal.
import type { ReaderPreferences, ReadingPosition } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { updateSummary } from './library';
import { complain } from './status';

export function savePreferences(next: ReaderPreferences): void {
  api.savePreferences(next).catch((error: unknown) => complain(`Reading settings were not saved: ${messageOf(error)}`));
}

/** Positions change on every scroll: save at most every half second, and the latest one last. */
const POSITION_DELAY_MS = 500;
let pending: { articleId: string; position: ReadingPosition } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

export function rememberPosition(articleId: string, position: ReadingPosition): void {
  pending = { articleId, position };
  timer ??= setTimeout(flushPosition, POSITION_DELAY_MS);
}

export function flushPosition(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const current = pending;
  pending = null;
  if (!current) return;
  updateSummary(current.articleId, { progress: current.position.progress, read: true });
  api.saveReadingPosition(current.articleId, current.position).catch(() => undefined);
}

/** The article's place is already set, so the remembered position must not win: a search result is
 * opening it at its match, or the reader followed it to a new id (its file was renamed) and stays put. */
let revealing: string | null = null;

export function revealOnOpen(articleId: string): void {
  revealing = articleId;
}

/** The open article now goes by `articleId` (a rename): the reader keeps its scroll position. */
export function keepPlace(articleId: string): void {
  revealing = articleId;
}

/** True (once) when the article is shown where it already is (a search match, a rename), rather than
 * where reading stopped. */
export function takeReveal(articleId: string): boolean {
  const pending = revealing === articleId;
  if (pending) revealing = null;
  return pending;
}
