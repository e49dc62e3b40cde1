// Runs in the renderer. The per-article note (Markdown, saved by itself, with a preview and a word
// count) and the margin list of the article's highlights.
import { editNote, flushNote, noteError, notePreview, noteState, noteText } from '../model/note';
import { wordCount } from '../model/word-count';
import { notesFolded, toggleNotesFold } from '../model/notes-fold';
import { article } from '../model/reader';
import { MarginList } from './MarginList';
import { NotePreview } from './NotePreview';

const STATE_LABEL = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' } as const;

export function NotesPanel() {
  const view = article.value;
  if (!view) return <aside class="notes-panel" aria-label="Notes panel" />;
  const words = wordCount(noteText.value);
  const preview = notePreview.value;
  const folded = notesFolded.value;
  const highlights = view.highlights.length;
  return (
    <aside class={folded ? 'notes-panel folded' : 'notes-panel'} aria-label="Notes panel">
      <div class="note-header">
        <label class="pane-title" for="note-editor">
          Notes
        </label>
        {/* Said in the header while the panel is folded: what it holds. */}
        <span class="fold-summary quiet">
          {words} {words === 1 ? 'word' : 'words'} · {highlights} {highlights === 1 ? 'highlight' : 'highlights'}
        </span>
        <button type="button" class="toggle" aria-pressed={preview} onClick={() => void flushNote().then(() => (notePreview.value = !preview))}>
          Preview
        </button>
        <button type="button" class="notes-fold" aria-label="Fold notes" aria-expanded={!folded} title={folded ? 'Show the notes (n)' : 'Fold the notes under the story'} onClick={toggleNotesFold}>
          <span aria-hidden="true">{folded ? '▴' : '▾'}</span>
        </button>
      </div>
      {preview ? (
        <NotePreview text={noteText.value} label="Note preview" />
      ) : (
        <textarea
          id="note-editor"
          class="note-editor"
          aria-label="Notes"
          placeholder="Your thoughts on this article… (Markdown)"
          value={noteText.value}
          onInput={(event) => editNote(event.currentTarget.value)}
          onBlur={() => void flushNote()}
        />
      )}
      <div class="note-status">
        <p class={`save-state ${noteState.value}`} aria-live="polite">
          {STATE_LABEL[noteState.value]}
          {noteError.value ? `: ${noteError.value}` : ''}
        </p>
        <span class="word-count">
          {words} {words === 1 ? 'word' : 'words'}
        </span>
      </div>
      <MarginList highlights={view.highlights} />
    </aside>
  );
}
