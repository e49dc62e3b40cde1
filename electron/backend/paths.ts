// Runs in Node. Where Lectern keeps things when no host says otherwise.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (or unpacked app) root: two folders above electron/backend/ in source and in out/. */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled library: seeds/ in the project; beside app.asar (extraResources) in a packaged build. */
export const BUNDLED_LIBRARY = APP_ROOT.endsWith('.asar') ? path.join(path.dirname(APP_ROOT), 'seeds') : path.join(APP_ROOT, 'seeds');
export const RENDERER_DIR = path.join(APP_ROOT, 'out', 'renderer');

/**
 * The same folder Electron's app.getPath('userData') gives for productName "Lectern", so the
 * desktop app and browser mode share one set of notes.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LECTERN_DATA_DIR) return path.resolve(env.LECTERN_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Lectern');
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Lectern');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Lectern');
}
