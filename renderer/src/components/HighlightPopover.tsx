// Runs in the renderer. The small panel a highlight opens: colour, its note (Markdown), copy the quote,
// remove it. Escape or a click elsewhere closes it; the note is saved on the way out.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor, HighlightView } from '../../../electron/common/contract';
import { editHighlightNote, flushHighlightNote, highlightNoteState, highlightNoteText, stopEditingHighlightNote, typeHighlightNote } from '../model/highlight-note';
import { closePopover, type PopoverPlace } from '../model/popover';
import { HIGHLIGHT_COLORS, recolorHighlight, removeHighlight } from '../model/reader';
import { complain, tell } from '../model/status';

const STATE_LABEL = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' } as const;
const colorName = (color: HighlightColor): string => color[0]?.toUpperCase() + color.slice(1);

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an insecure context): the older, synchronous way still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function ColorButtons({ current, onPick }: { current: HighlightColor | null; onPick: (color: HighlightColor) => void }) {
  return (
    <div class="swatches" role="group" aria-label="Colour">
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          class={`swatch hl-${color}`}
          aria-label={colorName(color)}
          aria-pressed={current === null ? undefined : current === color}
          title={`${colorName(color)} (${i + 1})`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}

export function HighlightPopover({ articleId, highlight, place }: { articleId: string; highlight: HighlightView; place: PopoverPlace }) {
  const ref = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [noteOpen, setNoteOpen] = useState(highlight.note !== '');
  const [focusNote, setFocusNote] = useState(false);

  // Only when another highlight is shown, not when this one's note changes as it is saved.
  useEffect(() => {
    setNoteOpen(highlight.note !== '');
    editHighlightNote(articleId, highlight.id, highlight.note);
  }, [highlight.id]);

  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);

  useEffect(() => {
    const onPointer = (event: MouseEvent) => {
      const target = event.target as Node;
      if (ref.current?.contains(target) || (target instanceof Element && target.closest('mark.hl'))) return;
      void stopEditingHighlightNote();
      closePopover();
    };
    const onKey = (event: KeyboardEvent) => {
      // An Escape that cancels an input method's composition in the note is the input method's.
      if (event.key !== 'Escape' || event.isComposing) return;
      void stopEditingHighlightNote();
      closePopover();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const close = () => {
    void stopEditingHighlightNote();
    closePopover();
  };
  // Below the mark when it fits, else above it; never off the screen's edges.
  const [top, setTop] = useState(place.top);
  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 0;
    const fits = place.top + height <= window.innerHeight - 8;
    setTop(fits ? place.top : Math.max(8, place.anchorTop - 6 - height));
  }, [place, noteOpen]);
  const left = Math.min(Math.max(place.left, 170), window.innerWidth - 170);
  return (
    <div ref={ref} class="floating popover" role="dialog" aria-label="Highlight" style={{ top: `${top}px`, left: `${left}px` }}>
      <div class="popover-row">
        <ColorButtons current={highlight.color} onPick={(color) => void recolorHighlight(highlight.id, color)} />
        <button type="button" class="quiet-button close" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      {noteOpen ? (
        <div class="popover-note">
          <textarea
            class="highlight-note-editor"
            aria-label="Highlight note"
            placeholder="A note on this passage (Markdown)…"
            value={highlightNoteText.value}
            onInput={(event) => typeHighlightNote(event.currentTarget.value)}
            onBlur={() => void flushHighlightNote()}
            ref={noteRef}
          />
          <span class={`note-save-state ${highlightNoteState.value}`} aria-live="polite">
            {STATE_LABEL[highlightNoteState.value]}
          </span>
        </div>
      ) : null}
      <div class="popover-row actions">
        {!noteOpen && (
          <button
            type="button"
            onClick={() => {
              setNoteOpen(true);
              setFocusNote(true);
            }}
          >
            Add note
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void copyText(highlight.quote).then((ok) => (ok ? tell('Quote copied.') : complain('The quote could not be copied.')))
          }
        >
          Copy quote
        </button>
        <button
          type="button"
          onClick={() => {
            void stopEditingHighlightNote().then(() => removeHighlight(highlight.id));
            closePopover();
          }}
        >
          Remove highlight
        </button>
      </div>
    </div>
  );
}
