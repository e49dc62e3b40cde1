// Runs in the Electron main process. The one Lectern window and the locks on what it may do.
//
// The renderer shows text from arbitrary saved web pages, so it is treated as untrusted: no Node,
// no navigation away from app://lectern, no new windows, no permissions, no remote requests.
import { BrowserWindow, nativeTheme, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, isAppUrl, isInside, isWebUrl } from './paths.js';

/** The person's own browser opens web links; the app never does. */
function openInBrowser(url: string): void {
  if (!isWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`lectern: could not open ${url} in the browser:`, error);
  });
}

// In-memory URLs are not remote content; the renderer may use them for images or downloads.
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['app:', 'devtools:', 'data:', 'blob:']);

function isAllowedRequest(url: string, rendererDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  // The app:// handler reads out/renderer through file: URLs; nothing else on disk is reachable.
  if (parsed.protocol === 'file:') {
    try {
      return isInside(rendererDir, fileURLToPath(parsed));
    } catch {
      return false; // e.g. file://host/share: never ours
    }
  }
  return false;
}

/** Once per run, on the default session (the one the window uses). */
export function lockDownSession(rendererDir: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, rendererDir);
    if (!allowed) console.warn(`lectern: blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export interface WindowOptions {
  preload: string;
}

export function createMainWindow({ preload }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Lectern',
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, and painted in the page's colour meanwhile, so there is no white flash.
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1b19' : '#faf8f4',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
      preload,
    },
  });
  const contents = window.webContents;

  window.once('ready-to-show', () => window.show());
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 (ERR_ABORTED) is a navigation we refused ourselves, not a broken interface.
    if (!isMainFrame || code === -3) return;
    console.error(`lectern: the interface failed to load (${code} ${description}) from ${url}`);
    // Better a visible window with Chromium's error page than an invisible running app.
    if (!window.isVisible()) window.show();
  });
  contents.on('render-process-gone', (_event, details) => {
    console.error(`lectern: the window's renderer stopped (${details.reason}, exit code ${details.exitCode})`);
  });

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('lectern: could not load the interface:', error);
  });
  return window;
}
