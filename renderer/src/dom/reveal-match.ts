// Runs in the renderer. Scrolls the reader to a search match and marks it with the CSS Custom
// Highlight API, which paints a range without touching the DOM that Preact renders.
const HIGHLIGHT_NAME = 'search-hit';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
declare const Highlight: new (...ranges: Range[]) => unknown;

function registry(): HighlightRegistry | null {
  const css = CSS as unknown as { highlights?: HighlightRegistry };
  return css.highlights ?? null;
}

/** A DOM range over `length` characters of body text starting at `offset`, whatever marks split it. */
export function rangeAt(offset: number, length: number): Range | null {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.article-body [data-start]')];
  const paragraph = paragraphs.filter((p) => Number(p.dataset.start) <= offset).pop();
  if (!paragraph) return null;
  let remaining = offset - Number(paragraph.dataset.start);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const size = node.textContent?.length ?? 0;
    if (remaining <= size) {
      const range = document.createRange();
      range.setStart(node, remaining);
      range.setEnd(node, Math.min(size, remaining + length));
      return range;
    }
    remaining -= size;
  }
  return null;
}

function waitForPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Scrolls to `length` characters of body text at `offset` and marks them. */
export async function revealRange(offset: number, length: number): Promise<boolean> {
  await waitForPaint();
  const range = rangeAt(offset, length);
  if (!range) return false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  registry()?.set(HIGHLIGHT_NAME, new Highlight(range));
  // Lets tests (and assistive tech hooks) see what is marked; the Highlight API has no DOM trace.
  document.documentElement.dataset.searchHit = range.toString();
  return true;
}

export async function revealHighlight(highlightId: string): Promise<void> {
  await waitForPaint();
  document.querySelector(`mark[data-highlight-id="${CSS.escape(highlightId)}"]`)?.scrollIntoView({ block: 'center' });
}

export async function focusNote(): Promise<void> {
  await waitForPaint();
  document.querySelector<HTMLElement>('#note-editor')?.focus();
}

export function clearMatch(): void {
  registry()?.delete(HIGHLIGHT_NAME);
  delete document.documentElement.dataset.searchHit;
}
