// Runs in the renderer. The app's commands, the same whether a button, a key or the desktop menu runs them.
import type { AppCommand } from '../../../electron/common/contract';
import { api, messageOf, onEvent } from '../api/client';
import { appInfo, library, openFolder } from './library';
import { flushHighlightNote } from './highlight-note';
import { flushNote } from './note';
import { backUpCommand, restoreCommand } from './backup';
import { exportAllCommand } from './export-options';
import { askForPath } from './path-prompt';
import { article } from './reader';
import { complain, tell } from './status';
import { downloadText } from '../dom/download';

export async function openFolderCommand(): Promise<void> {
  // The indexer's workers warm up while the person chooses (see prepareToIndex): only a hint, so its
  // failure is nothing to tell them.
  void api.prepareToIndex().catch(() => undefined);
  const folder = await askForPath({ kind: 'folder', title: 'Open Folder…' }, 'Open', library.value?.folder ?? '');
  if (folder && (await openFolder(folder))) tell(`Opened ${folder}`);
}

export async function exportArticleCommand(): Promise<void> {
  const current = article.value;
  if (!current) return complain('Open an article first, then export it.');
  await flushNote();
  try {
    const { fileName, markdown } = await api.renderArticleMarkdown(current.id);
    if (appInfo.value?.mode !== 'electron') {
      downloadText(fileName, markdown, 'text/markdown');
      return tell(`Exported “${fileName}”.`);
    }
    const file = await api.choosePath({ kind: 'save-file', title: 'Export to Markdown', defaultName: fileName });
    if (!file) return;
    const { files } = await api.exportArticle(current.id, file);
    tell(`Exported to ${files[0] ?? file}`);
  } catch (error) {
    complain(messageOf(error));
  }
}

/** "Export all notes…" opens its options dialog (export-options.ts), remembered between runs. */
export { backUpCommand, exportAllCommand, restoreCommand };

const handlers: Record<AppCommand, () => Promise<void>> = {
  'open-folder': openFolderCommand,
  'export-article': exportArticleCommand,
  'export-all': exportAllCommand,
  'back-up': backUpCommand,
  restore: restoreCommand,
  // Quitting: the article's note and a highlight note being edited, both on disk before the window goes.
  flush: async () => {
    await Promise.all([flushNote(), flushHighlightNote()]);
  },
};

/** The desktop menu's commands arrive as events and run exactly like the buttons. */
export function listenForMenuCommands(): void {
  onEvent('command', (command) => void handlers[command]());
}
