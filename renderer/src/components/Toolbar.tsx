// Runs in the renderer. The top bar: where you are, reading settings, and the library-wide commands.
import { exportAllCommand, exportArticleCommand, openFolderCommand } from '../model/commands';
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
    </header>
  );
}
