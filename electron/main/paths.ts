// Runs in the Electron main process. Pure helpers (no `electron` import) so plain Node can unit-test
// them: where the built files live, which URLs are ours, and how app:// paths map onto disk.
import path from 'node:path';

/** The renderer's origin is app://lectern; nothing else may call the API or be navigated to. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Sent on every app:// response: the renderer loads only its own bundled files. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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

/**
 * The file inside `rootDir` that an app:// pathname names, or null when it would escape the root
 * (../, encoded %2e%2e or %2f, backslashes on Windows, NUL bytes) or cannot be decoded.
 */
export function resolveInside(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const target = path.resolve(rootDir, relative);
  return isInside(rootDir, target) ? target : null;
}

/** True when `file` is strictly below `rootDir` (the root itself does not count). */
export function isInside(rootDir: string, file: string): boolean {
  const fromRoot = path.relative(path.resolve(rootDir), path.resolve(file));
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${path.sep}`) && !path.isAbsolute(fromRoot);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Set explicitly rather than trusting the file loader's guess: module scripts are refused unless
 * served as JavaScript, and with `nosniff` a wrong guess would break the page.
 */
export function contentTypeFor(file: string): string | undefined {
  return CONTENT_TYPES[path.extname(file).toLowerCase()];
}

/** The absolute path an environment variable names, or undefined when it is unset or blank. */
export function pathFromEnv(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? path.resolve(value) : undefined;
}
