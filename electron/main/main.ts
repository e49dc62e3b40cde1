// Runs in the Electron main process. Start-up: one instance, the backend, IPC, the window.
//
// Kept thin on purpose: everything Lectern does lives in the backend (shared with browser mode);
// this file only wires Electron to it. Built by esbuild to out/electron/main.js (ESM).
import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createBackend } from '../backend/service/create-backend.js';
import { CLI_COMMANDS, runCli } from '../cli/run-cli.js';
import { DeepLinkInbox, findDeepLink, registerProtocolClient } from './deep-links.js';
import { createPathChooser } from './dialogs.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import { appLocations, pathFromEnv } from './paths.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { Shutdown } from './shutdown.js';
import { createMainWindow, lockDownSession } from './window.js';

// Scheme privileges must be registered before the app is ready, hence at module top level.
registerAppScheme();

// Tests (and anyone keeping several profiles) point LECTERN_DATA_DIR elsewhere. The whole Chromium
// profile moves with it, so a test run neither touches nor is blocked by the person's own Lectern
// (the single-instance lock lives in userData).
const dataDirOverride = pathFromEnv(process.env.LECTERN_DATA_DIR);
if (dataDirOverride) app.setPath('userData', dataDirOverride);

let mainWindow: BrowserWindow | null = null;
/** lectern:// links, kept until the page can show them. */
const deepLinks = new DeepLinkInbox();
/** Set once start-up has finished; before that there is nothing to reopen. */
let openWindow: (() => void) | null = null;
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function focusWindow(): void {
  const window = getWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();

  const locations = appLocations(app.getAppPath(), process.resourcesPath, app.isPackaged);
  if (!existsSync(path.join(locations.rendererDir, 'index.html')) || !existsSync(locations.preload)) {
    dialog.showErrorBox(
      'Lectern is not built',
      `The interface was not found in ${path.dirname(locations.rendererDir)}. Run "npm run build" first.`,
    );
    app.exit(1);
    return;
  }

  lockDownSession(locations.rendererDir);
  serveRenderer(locations.rendererDir);

  const backend = await createBackend({
    mode: 'electron',
    dataDir: app.getPath('userData'),
    bundledLibrary: locations.bundledLibrary,
    libraryOverride: pathFromEnv(process.env.LECTERN_LIBRARY),
    version: app.getVersion(),
    openLibraryAtStart: true,
    choosePath: createPathChooser(getWindow),
  });

  // Handlers exist before the page loads, so its first calls never find the channel missing.
  const ipc = registerIpc(backend, getWindow);
  const shutdown = new Shutdown({ backend, ipc, getWindow });
  installMenu({ events: backend.events, api: backend.api, getWindow });

  openWindow = (): void => {
    const window = createMainWindow({ preload: locations.preload });
    shutdown.guard(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    // The page listens for openLink from its first script on; a link that came early waits for it.
    window.webContents.once('did-finish-load', () => deepLinks.ready((target) => backend.events.emit('openLink', target)));
    mainWindow = window;
  };
  openWindow();
}

function showOrReopenWindow(): void {
  if (!getWindow()) openWindow?.();
  focusWindow();
}

/**
 * `lectern index …` from a terminal (the packaged binary is on the PATH as `lectern`): the same
 * command line as under plain Node, run here because the RunAsNode fuse is off in release builds.
 */
function cliArguments(argv: readonly string[]): string[] | null {
  const args = argv.slice(app.isPackaged ? 1 : 2);
  return args.length > 0 && CLI_COMMANDS.includes(args[0] as string) ? [...args] : null;
}

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  void runCli(cliArgs).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  // Another Lectern is running; it receives 'second-instance' and comes to the front.
  app.quit();
} else {
  registerProtocolClient();
  deepLinks.receive(findDeepLink(process.argv));
  app.on('second-instance', (_event, argv) => {
    showOrReopenWindow();
    deepLinks.receive(findDeepLink(argv));
  });
  // macOS hands links over as an event, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(findDeepLink([url]));
    if (openWindow) showOrReopenWindow();
  });
  // macOS: clicking the Dock icon with no window open brings one back.
  app.on('activate', showOrReopenWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Ctrl+C in the terminal (npm start) quits through before-quit, so pending writes are flushed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  start().catch((error: unknown) => {
    console.error('lectern: start-up failed:', error);
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Lectern could not start', detail);
    app.exit(1);
  });
}
