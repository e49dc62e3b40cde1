// Runs in the Electron main process. The application menu.
//
// File items do not act themselves: they send a `command` event and the renderer runs the same
// code as its own buttons, so menu and buttons cannot drift apart.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand, LecternApi } from '../common/contract.js';
import type { EventHub } from '../backend/service/events.js';

export interface MenuOptions {
  events: EventHub;
  api: LecternApi;
  getWindow: () => BrowserWindow | null;
}

async function showAbout({ api, getWindow }: MenuOptions): Promise<void> {
  // Where the notes live is the one fact a person may need from this box (to back them up).
  const info = await api.getAppInfo().catch(() => null);
  const details = [
    'A calm reader for folders of saved news articles, with highlights, notes and Markdown export.',
    info ? `Notes and highlights are stored in:\n${info.dataFile}` : '',
  ].filter((line) => line !== '');
  const options = {
    type: 'info' as const,
    title: 'About Lectern',
    message: `Lectern ${app.getVersion()}`,
    detail: details.join('\n\n'),
    buttons: ['OK'],
  };
  const window = getWindow();
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

export function installMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const send = (command: AppCommand) => () => options.events.emit('command', command);

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: send('open-folder') },
        { label: 'Export to Markdown', accelerator: 'CmdOrCtrl+E', click: send('export-article') },
        { label: 'Export all notes…', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-all') },
        { type: 'separator' },
        { label: 'Back up everything…', click: send('back-up') },
        { label: 'Restore from backup…', click: send('restore') },
        { type: 'separator' },
        // macOS keeps Quit in the app menu and closes windows from File.
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        // Reloading or inspecting the page is for development only.
        ...(app.isPackaged
          ? []
          : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      role: 'help',
      submenu: [
        {
          label: 'About Lectern',
          click: () => {
            showAbout(options).catch((error: unknown) => console.error('lectern: the About box failed:', error));
          },
        },
      ],
    },
  ];

  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
