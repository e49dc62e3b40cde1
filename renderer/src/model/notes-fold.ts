// Runs in the renderer. Whether the notes panel is folded to its header. Only narrow windows
// (900 px or less, where the panel sits under the story) fold it: there it took 40 % of the height,
// and in a short window (720 px or less) it left the story a few lines under its title. Folded on
// its own in a short window until the person opens it; their choice holds for the session.
import { computed, signal } from '@preact/signals';
import { mediaSignal } from '../dom/media-query';
import { focusNote } from '../dom/reveal-match';

/** 'auto': folded in a short window, open otherwise. */
export const notesFold = signal<'auto' | 'open' | 'folded'>('auto');

// The width is app.css's, where the panel moves under the story.
const narrowWindow = mediaSignal('(max-width: 900px)');
const shortWindow = mediaSignal('(max-height: 720px)');

/** Whether the panel shows its header alone (never in a wide window, where it sits beside the story). */
export const notesFolded = computed(() => narrowWindow.value && (notesFold.value === 'folded' || (notesFold.value === 'auto' && shortWindow.value)));

export function toggleNotesFold(): void {
  notesFold.value = notesFolded.value ? 'open' : 'folded';
}

/** Puts the cursor in the article's note: at once when it shows, else once the panel is open. */
export async function goToNote(): Promise<void> {
  const editor = notesFolded.value ? null : document.querySelector<HTMLElement>('#note-editor');
  if (editor) return editor.focus();
  notesFold.value = 'open';
  await focusNote();
}
