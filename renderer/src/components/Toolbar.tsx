// Runs in the renderer. The top bar: where you are, reading settings, and the library-wide commands.
import { backUpCommand, exportAllCommand, exportArticleCommand, openFolderCommand, restoreCommand } from '../model/commands';
import { library } from '../model/library';
import { article } from '../model/reader';
import { focusMode, shortcutsOpen, toggleFocusMode } from '../model/view';
import { ThemePicker, TypeSettings } from './ReaderSettings';

function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}

export function Toolbar() {
  const view = library.value;
  return (
    <header class="toolbar">
      <span class="brand">Lectern</span>
      {view && (
        <span class="folder" title={view.folder}>
          {view.bundled ? 'Bundled library' : folderName(view.folder)}
        </span>
      )}
      <span class="spacer" />
      <ThemePicker />
      <TypeSettings />
      <button type="button" aria-pressed={focusMode.value} onClick={toggleFocusMode} title="Focus mode (f)">
        Focus mode
      </button>
      <button type="button" onClick={() => (shortcutsOpen.value = true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <span class="toolbar-divider" />
      <button type="button" onClick={() => void openFolderCommand()}>
        Open Folder…
      </button>
      <button type="button" onClick={() => void exportArticleCommand()} disabled={!article.value}>
        Export to Markdown
      </button>
      <button type="button" onClick={() => void exportAllCommand()}>
        Export all notes…
      </button>
      <details class="toolbar-menu">
        <summary title="Backup and restore">Backup</summary>
        <div class="toolbar-menu-panel">
          <button type="button" onClick={() => void backUpCommand()} title="Everything (highlights, notes, settings) in one JSON file">
            Back up everything…
          </button>
          <button type="button" onClick={() => void restoreCommand()} title="Merge a backup into your notes; nothing here is lost">
            Restore from backup…
          </button>
        </div>
      </details>
    </header>
  );
}
