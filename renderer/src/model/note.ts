// Runs in the renderer. The per-article note: saved by itself shortly after typing stops, on
// leaving the field, on switching articles and when the window goes away. Saves never overlap,
// so an older text can never land after a newer one. A note whose article moves to a new id (its file
// was renamed) keeps being edited, and later saves go to the new id.
import { signal } from '@preact/signals';
import type { NoteView } from '../../../electron/common/contract';
import { api, messageOf, transport } from '../api/client';
import { updateSummary } from './library';

/** Short enough that a crash loses at most a few words, long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export const noteText = signal('');
export const noteState = signal<SaveState>('saved');
export const noteError = signal<string | null>(null);
/** Showing the rendered Markdown instead of the editor. */
export const notePreview = signal(false);

let noteArticleId: string | null = null;
/** Which opened note this is: the article's id may change under it (a rename), this does not. */
let noteSession: object = {};
let savedText = '';
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> = Promise.resolve();

export function loadNote(articleId: string, note: NoteView): void {
  noteArticleId = articleId;
  noteSession = {};
  savedText = note.text;
  noteText.value = note.text;
  noteState.value = 'saved';
  noteError.value = null;
}

export function editNote(text: string): void {
  noteText.value = text;
  noteState.value = text === savedText ? 'saved' : 'unsaved';
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushNote(), AUTOSAVE_DELAY_MS);
}

/** Saves the note now if it changed; resolves when it is on disk (or failed, which is shown). */
export function flushNote(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  inFlight = inFlight.then(saveIfChanged);
  return inFlight;
}

/** The open note's article now has id `to`: what is typed from now on is saved there. */
export function followNoteMove(from: string, to: string): void {
  if (noteArticleId === from) noteArticleId = to;
}

async function saveIfChanged(): Promise<void> {
  const articleId = noteArticleId;
  const session = noteSession;
  const text = noteText.value;
  if (!articleId || text === savedText) return;
  noteState.value = 'saving';
  try {
    await api.saveNote(articleId, text);
    savedText = text;
    noteError.value = null;
    updateSummary(articleId, { hasNote: text.trim().length > 0 });
  } catch (error) {
    noteError.value = messageOf(error);
  }
  // Still this note, even if its id changed during the save (a save in flight on the old id lands too).
  if (session === noteSession) {
    noteState.value = noteError.value ? 'failed' : noteText.value === savedText ? 'saved' : 'unsaved';
  }
}

/** The page is going away: send what is unsaved without waiting (nothing can be awaited now). */
export function saveBeforeUnload(): void {
  if (noteArticleId && noteText.value !== savedText) {
    transport.callBeforeUnload('saveNote', [noteArticleId, noteText.value]);
  }
}
