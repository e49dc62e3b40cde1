// Runs in the renderer. Every highlight of the article in reading order, with its colour and note;
// choosing one scrolls the reader to it and opens its popover. Highlights that could not be placed
// in the text are listed apart, with their quote and note, until the person deletes them.
import type { HighlightView } from '../../../electron/common/contract';
import { marksOf, openPopoverAt } from '../model/popover';
import { removeHighlight } from '../model/reader';

function showHighlight(highlightId: string): void {
  const mark = marksOf(highlightId)[0];
  if (!mark) return;
  // Instant, so the popover opens where the mark ends up.
  mark.scrollIntoView({ block: 'center' });
  openPopoverAt(highlightId, mark);
}

export function MarginList({ highlights }: { highlights: HighlightView[] }) {
  const placed = highlights.filter((h) => h.start !== null);
  const orphans = highlights.filter((h) => h.start === null);
  return (
    <>
      <h2 class="pane-title">
        Highlights <span class="count">{placed.length}</span>
      </h2>
      {placed.length === 0 && <p class="quiet">Select text and press h (or 1–5 for a colour) to highlight it.</p>}
      <ul class="highlight-list" aria-label="Highlights">
        {placed.map((h) => (
          <li key={h.id}>
            <button type="button" class={`highlight-quote hl-edge-${h.color}`} onClick={() => showHighlight(h.id)}>
              <span class="quote-text">{h.quote}</span>
              {h.note && <span class="highlight-note">{h.note}</span>}
            </button>
          </li>
        ))}
      </ul>
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-title">
          <h2 class="pane-title" id="orphans-title">
            Could not place <span class="count">{orphans.length}</span>
          </h2>
          <p class="quiet">
            These passages are no longer found in the article’s text. They are kept (and exported) until you delete them.
          </p>
          <ul class="highlight-list" aria-label="Could not place">
            {orphans.map((h) => (
              <li key={h.id} class={`highlight-quote orphan hl-edge-${h.color}`}>
                <span class="quote-text">{h.quote}</span>
                {h.note && <span class="highlight-note">{h.note}</span>}
                <button type="button" class="orphan-delete" aria-label={`Delete “${h.quote.slice(0, 40)}”`} onClick={() => void removeHighlight(h.id)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
