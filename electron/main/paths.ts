// Runs in the Electron main process. Pure helpers (no `electron` import) so plain Node can unit-test
// them: where the built files live, which URLs are ours, and how app:// paths map onto disk.
import path from 'node:path';

// Shared with browser mode's server; re-exported so the shell's modules import one place.
export { CONTENT_SECURITY_POLICY, contentTypeFor, isInside, resolveInside } from '../backend/renderer-assets.js';

/** The renderer's origin is app://lectern; nothing else may call the API or be navigated to. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppLocations {
  /** The Vite output served as app://lectern/. */
  rendererDir: string;
  /** The sandboxed preload, a single CommonJS bundle. */
  preload: string;
  /** The library opened when the person has not chosen another folder. */
  bundledLibrary: string;
}

/**
 * `appPath` is app.getAppPath(): the repository root in development (`electron .`) and
 * resources/app.asar when packaged, so out/ resolves the same way in both. The seeds are the
 * exception: they ship as extraResources beside the asar, because they are data, not code.
 */
export function appLocations(appPath: string, resourcesPath: string, isPackaged: boolean): AppLocations {
  return {
    rendererDir: path.join(appPath, 'out', 'renderer'),
    preload: path.join(appPath, 'out', 'electron', 'preload.cjs'),
    bundledLibrary: isPackaged ? path.join(resourcesPath, 'seeds') : path.join(appPath, 'seeds'),
  };
}

/** True for app://lectern/… only. Node's URL gives non-special schemes an opaque origin, so compare parts. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the person clicks may open in their own browser; no other scheme leaves the app. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The absolute path an environment variable names, or undefined when it is unset or blank. */
export function pathFromEnv(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? path.resolve(value) : undefined;
}
