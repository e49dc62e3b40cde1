// Runs in Node. Serving the built renderer safely, shared by both hosts (Electron's app:// protocol
// and browser mode's HTTP server): the CSP, content types, and paths that cannot escape the folder.
import path from 'node:path';

/** The renderer loads only its own bundled files: no remote origin, no inline or eval'd script. */
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
 * Set explicitly rather than guessed: module scripts are refused unless served as JavaScript, and
 * with `nosniff` a wrong guess would break the page.
 */
export function contentTypeFor(file: string): string | undefined {
  return CONTENT_TYPES[path.extname(file).toLowerCase()];
}

/**
 * The file inside `rootDir` that a URL pathname names, or null when it would escape the root
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
