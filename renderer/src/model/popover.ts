// Runs in the renderer. Which highlight's popover is open, and where: shared by the reader (clicking a
// mark), the margin list (choosing an entry) and the keyboard (1–5 recolour the open highlight).
import { signal } from '@preact/signals';

export interface PopoverPlace {
  highlightId: string;
  /** Viewport coordinates of the popover's top centre, just under the mark. */
  top: number;
  left: number;
  /** The mark's top: the popover goes above it when there is no room below. */
  anchorTop: number;
}

export const popover = signal<PopoverPlace | null>(null);

/** The mark elements of a highlight (one per run of text it covers), in document order. */
export function marksOf(highlightId: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${CSS.escape(highlightId)}"]`));
}

/** Opens the popover under the highlight's first mark. */
export function openPopoverAt(highlightId: string, mark: Element): void {
  const rect = mark.getBoundingClientRect();
  popover.value = { highlightId, top: rect.bottom + 6, left: rect.left + rect.width / 2, anchorTop: rect.top };
}

export function closePopover(): void {
  popover.value = null;
}
