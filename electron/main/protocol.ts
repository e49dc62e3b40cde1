// Runs in the Electron main process. Serves the built renderer as app://lectern/ with a strict CSP.
//
// A custom secure scheme instead of file:// gives the page a real origin (so `'self'` in the CSP
// means exactly our files) and lets us refuse anything outside out/renderer.
import { net, protocol } from 'electron';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from './paths.js';

/**
 * Must run before the app is ready: Chromium fixes scheme privileges at start-up. `corsEnabled` is
 * deliberately absent, so no other origin can read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Call once the app is ready. Only files under `rendererDir` are ever served. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad request');
    }
    if (url.host !== APP_HOST) return refuse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');

    const file = resolveInside(rendererDir, url.pathname);
    if (file === null) return refuse(403, 'Forbidden');
    // Directories would come back as a generated listing page; only real files are served.
    // (Electron's fs reads inside app.asar, so this works when packaged too.)
    const isFile = await stat(file).then((info) => info.isFile(), () => false);
    if (!isFile) return refuse(404, 'Not found');

    let response: Response;
    try {
      // file: URLs work inside app.asar too, so development and packaged builds share this path.
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return refuse(404, 'Not found');
    }
    // Only error statuses are passed on; the file loader's own status line is not relied upon.
    if (response.status >= 400) return refuse(response.status === 404 ? 404 : 500, 'Not found');

    const headers = new Headers(response.headers);
    headers.set('Content-Type', contentTypeFor(file) ?? headers.get('Content-Type') ?? 'application/octet-stream');
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    // A fresh Response: the fetched one's headers are immutable.
    return new Response(request.method === 'HEAD' ? null : response.body, { status: 200, headers });
  });
}
