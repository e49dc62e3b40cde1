// Runs in the renderer. The per-article note (saved by itself) and the article's highlights.
import { editNote, flushNote, noteError, noteState, noteText } from '../model/note';
import { article } from '../model/reader';

const STATE_LABEL = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' } as const;

function scrollToHighlight(highlightId: string): void {
  const mark = document.querySelector<HTMLElement>(`mark[data-highlight-id="${CSS.escape(highlightId)}"]`);
  mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function NotesPanel() {
  const view = article.value;
  if (!view) return <aside class="notes-panel" aria-label="Notes panel" />;
  const placed = view.highlights.filter((h) => h.start !== null);
  const orphans = view.highlights.filter((h) => h.start === null);
  return (
    <aside class="notes-panel" aria-label="Notes panel">
      <label class="pane-title" for="note-editor">
        Notes
      </label>
      <textarea
        id="note-editor"
        class="note-editor"
        aria-label="Notes"
        placeholder="Your thoughts on this article…"
        value={noteText.value}
        onInput={(event) => editNote(event.currentTarget.value)}
        onBlur={() => void flushNote()}
      />
      <p class={`save-state ${noteState.value}`} aria-live="polite">
        {STATE_LABEL[noteState.value]}
        {noteError.value ? `: ${noteError.value}` : ''}
      </p>
      <h2 class="pane-title">
        Highlights <span class="count">{placed.length}</span>
      </h2>
      {placed.length === 0 && <p class="quiet">Select text and press h to highlight it.</p>}
      <ul class="highlight-list">
        {placed.map((h) => (
          <li key={h.id}>
            <button type="button" class={`highlight-quote hl-edge-${h.color}`} onClick={() => scrollToHighlight(h.id)}>
              {h.quote}
            </button>
          </li>
        ))}
      </ul>
      {orphans.length > 0 && (
        <>
          <h2 class="pane-title">Could not place</h2>
          <ul class="highlight-list orphans">
            {orphans.map((h) => (
              <li key={h.id} class="highlight-quote">
                {h.quote}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
