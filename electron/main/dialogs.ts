// Runs in the Electron main process. Native folder and file choosers, handed to the backend as
// BackendOptions.choosePath so the renderer never types or sees a path it did not pick.
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { PathRequest } from '../common/contract.js';

const FILTERS = {
  md: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'Lectern backup', extensions: ['json'] }],
};

/** `getWindow` is asked at call time, so the dialog is modal to whichever window is open then. */
export function createPathChooser(getWindow: () => BrowserWindow | null) {
  return async function choosePath(request: PathRequest): Promise<string | null> {
    const parent = getWindow();
    const owner = parent && !parent.isDestroyed() ? parent : undefined;
    const documents = app.getPath('documents');

    if (request.kind === 'folder') {
      const options: OpenDialogOptions = {
        title: request.title,
        defaultPath: documents,
        // createDirectory: macOS; promptToCreate: Windows. Both let "export all" target a new folder.
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }

    const extension = request.extension ?? 'md';
    if (request.kind === 'open-file') {
      const options: OpenDialogOptions = { title: request.title, defaultPath: documents, filters: FILTERS[extension], properties: ['openFile'] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }

    // The proposed name may come from an article title: keep only its last segment, so it cannot
    // steer the dialog into another folder.
    const proposed = path.basename(request.defaultName ?? 'Lectern notes.md');
    const options: SaveDialogOptions = {
      title: request.title,
      defaultPath: path.join(documents, proposed),
      filters: FILTERS[extension],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // Some Linux dialogs do not append the filter's extension when the person omits it.
    return path.extname(result.filePath) === '' ? `${result.filePath}.${extension}` : result.filePath;
  };
}
