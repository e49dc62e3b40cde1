// Runs in the renderer. Versions of one story (a syndicated original and its copies), the article's
// original capture for "Show original", and a word-level comparison of two versions (jsdiff).
import { signal } from '@preact/signals';
import { diffWords } from 'diff';
import type { ArticleSummary, OriginalView } from '../../../electron/common/contract';
import { api, messageOf } from '../api/client';
import { complain } from './status';

/** What the article header's tools show under the headline: nothing, the capture, or a comparison. */
export type ToolMode = 'none' | 'original' | 'compare';

/** Which tool is open, and for which article: a tool never shows on another article's page. */
export const tool = signal<{ mode: ToolMode; articleId: string | null }>({ mode: 'none', articleId: null });

export function toolModeFor(articleId: string): ToolMode {
  return tool.value.articleId === articleId ? tool.value.mode : 'none';
}
export const original = signal<OriginalView | null>(null);
export const comparison = signal<{ articleId: string; otherId: string; parts: DiffPart[] } | null>(null);

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** The story's versions, original first: every article sharing the same root (duplicateOf or itself). */
export function versionsOf(articleId: string, list: readonly ArticleSummary[]): ArticleSummary[] {
  const self = list.find((a) => a.id === articleId);
  if (!self) return [];
  const root = self.duplicateOf ?? self.id;
  return list.filter((a) => a.id === root || a.duplicateOf === root).sort((a, b) => (a.id === root ? -1 : b.id === root ? 1 : 0));
}

/** A version's name in buttons and notices: its site, else its file name. */
export function versionName(a: ArticleSummary): string {
  return a.site ?? a.file.split('/').pop() ?? a.file;
}

/** Word-level differences from `before` to `after`: words only in `after` are added. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}


export async function showOriginal(articleId: string): Promise<void> {
  if (toolModeFor(articleId) === 'original') {
    tool.value = { mode: 'none', articleId };
    return;
  }
  try {
    if (original.value?.articleId !== articleId) original.value = await api.getOriginal(articleId);
    tool.value = { mode: 'original', articleId };
  } catch (error) {
    complain(messageOf(error));
  }
}

/** Compares this version with another: what the other has that this one lacks shows as removed. */
export async function compareWith(articleId: string, otherId: string): Promise<void> {
  if (toolModeFor(articleId) === 'compare' && comparison.value?.otherId === otherId) {
    tool.value = { mode: 'none', articleId };
    return;
  }
  try {
    const [self, other] = await Promise.all([api.getArticle(articleId), api.getArticle(otherId)]);
    comparison.value = { articleId, otherId, parts: wordDiff(other.paragraphs.join('\n\n'), self.paragraphs.join('\n\n')) };
    tool.value = { mode: 'compare', articleId };
  } catch (error) {
    complain(messageOf(error));
  }
}
