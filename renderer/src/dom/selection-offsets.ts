// Runs in the renderer. Maps a DOM selection inside the article body to offsets in its body text.
//
// Each paragraph element carries data-start (where it begins in the body text); an offset inside
// it is that start plus the length of the text before the point, whatever marks split it.

export interface TextSpan {
  start: number;
  end: number;
}

function paragraphOf(node: Node, body: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-start]') ?? null;
  return paragraph && body.contains(paragraph) ? paragraph : null;
}

function offsetAt(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/** The selected span of body text, or null when the selection is empty or not (wholly) in the body. */
export function selectedSpan(body: Element): TextSpan | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer, body);
  const last = paragraphOf(range.endContainer, body);
  if (!first || !last) return null;
  const start = offsetAt(first, range.startContainer, range.startOffset);
  const end = offsetAt(last, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** Where to float the Highlight button: just above the selection. */
export function selectionRect(): DOMRect | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}
