// Runs in Node. Serves the built renderer (and nothing outside it) to the browser.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor, resolveInside } from '../renderer-assets.js';

/** `pageHeaders` go with the page (index.html) only. */
export async function serveStatic(root: string, urlPath: string, response: ServerResponse, pageHeaders: Record<string, string> = {}): Promise<void> {
  const wanted = urlPath === '/' || !path.posix.extname(urlPath) ? '/index.html' : urlPath;
  const file = resolveInside(root, wanted);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = contentTypeFor(file) ?? 'application/octet-stream';
  // Hashed asset names may be cached; index.html must not be, or a rebuilt app would load stale code.
  const cache = wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, ...(wanted === '/index.html' ? pageHeaders : {}) }).end(body);
}
