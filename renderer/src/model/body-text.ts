// Runs in the renderer. Reading the article's body text by offset, as the backend counts offsets.
import type { ArticleView } from '../../../electron/common/contract';

/** The paragraph index holding a body-text offset (the one that starts at or before it). */
export function paragraphAt(view: ArticleView, offset: number): number {
  let index = 0;
  view.paragraphStarts.forEach((start, i) => {
    if (start <= offset) index = i;
  });
  return index;
}

/** The word starting at a body-text offset ("" when none does). */
export function bodyWordAt(view: ArticleView, offset: number): string {
  const index = paragraphAt(view, offset);
  const paragraph = view.paragraphs[index] ?? '';
  const within = offset - (view.paragraphStarts[index] ?? 0);
  return paragraph.slice(within).match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
}
