// Runs in the renderer. The note on one highlight, edited in the highlight's popover: saved by itself
// shortly after typing stops, when the editor loses focus or closes, and when the page goes away.
import { signal } from '@preact/signals';
import { transport } from '../api/client';
import { AUTOSAVE_DELAY_MS, type SaveState } from './note';
import { saveHighlightNote } from './reader';

interface Editing {
  articleId: string;
  highlightId: string;
  saved: string;
}

export const highlightNoteText = signal('');
export const highlightNoteState = signal<SaveState>('saved');

let editing: Editing | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> = Promise.resolve();

/** Starts editing the note of a highlight (saving any other one being edited first). */
export function editHighlightNote(articleId: string, highlightId: string, text: string): void {
  if (editing?.highlightId === highlightId) return;
  void flushHighlightNote();
  editing = { articleId, highlightId, saved: text };
  highlightNoteText.value = text;
  highlightNoteState.value = 'saved';
}

export function typeHighlightNote(text: string): void {
  highlightNoteText.value = text;
  highlightNoteState.value = text === editing?.saved ? 'saved' : 'unsaved';
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushHighlightNote(), AUTOSAVE_DELAY_MS);
}

export function flushHighlightNote(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const target = editing;
  const text = highlightNoteText.value;
  inFlight = inFlight.then(async () => {
    if (!target || text === target.saved) return;
    highlightNoteState.value = 'saving';
    const ok = await saveHighlightNote(target.articleId, target.highlightId, text);
    if (ok) target.saved = text;
    if (editing === target) highlightNoteState.value = ok ? (highlightNoteText.value === text ? 'saved' : 'unsaved') : 'failed';
  });
  return inFlight;
}

/** Closing the popover: save what is there and stop editing. */
export async function stopEditingHighlightNote(): Promise<void> {
  await flushHighlightNote();
  editing = null;
}

/** The page is going away: send what is unsaved without waiting. */
export function saveHighlightNoteBeforeUnload(): void {
  if (editing && highlightNoteText.value !== editing.saved) {
    transport.callBeforeUnload('updateHighlight', [editing.articleId, editing.highlightId, { note: highlightNoteText.value }]);
  }
}
