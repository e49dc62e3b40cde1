// Runs in the renderer. The top bar: where you are, and the library-wide commands.
import { exportAllCommand, exportArticleCommand, openFolderCommand } from '../model/commands';
import { library } from '../model/library';
import { article } from '../model/reader';

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
