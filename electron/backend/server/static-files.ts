// Runs in Node. Serves the built renderer (and nothing outside it) to the browser.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside root; null when it would escape it. */
export function fileInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return candidate === root || candidate.startsWith(root + path.sep) ? candidate : null;
}

export async function serveStatic(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const wanted = urlPath === '/' || !path.posix.extname(urlPath) ? '/index.html' : urlPath;
  const file = fileInside(root, wanted);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Hashed asset names may be cached; index.html must not be, or a rebuilt app would load stale code.
  const cache = wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache }).end(body);
}
