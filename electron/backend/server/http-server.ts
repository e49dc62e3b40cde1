// Runs in Node. Browser mode: the backend's API and the built renderer on 127.0.0.1, token-protected.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiMethod, Result } from '../../common/contract.js';
import { CONTENT_SECURITY_POLICY } from '../renderer-assets.js';
import type { Backend } from '../service/backend-options.js';
import { cookieName, hostIsAllowed, newToken, originIsAllowed, tokenIsValid } from './auth.js';
import { EventStream } from './sse.js';
import { serveStatic } from './static-files.js';

export interface ServerOptions {
  backend: Backend;
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** A fixed token (tests); a fresh random one otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * What the page asks for first, as GETs its HTML can preload: the library list and the app's info
 * (preferences, warnings). The `Link` header has the browser fetch both along with the page
 * (`crossorigin`: the page's own fetches then take the preloaded answers), so they are on their
 * way while the page's script loads instead of waiting for it. Both only read.
 */
const PRELOADED_READS = { '/api/library': 'getLibrary', '/api/app-info': 'getAppInfo' } as const satisfies Record<string, ApiMethod>;
const PRELOADS = Object.keys(PRELOADED_READS)
  .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`)
  .join(', ');

const preloadedRead = (pathname: string): ApiMethod | undefined => (Object.hasOwn(PRELOADED_READS, pathname) ? PRELOADED_READS[pathname as keyof typeof PRELOADED_READS] : undefined);

function reply(response: ServerResponse, result: Result<unknown>): void {
  // Encoded once, its length then known: a string given to end() is measured, then encoded, two
  // passes over a 100,000-article library's list (29 MB, 0.3 s each).
  const body = Buffer.from(JSON.stringify(result), 'utf8');
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': body.length });
  response.end(body);
}

/** Notes can be long; anything beyond this is not a note but a mistake or an attack. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const stream = new EventStream();
  const stopForwarding = options.backend.events.listenAll((event, payload) => stream.send(event, payload));
  let port = options.port;

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      console.error('lectern: request failed:', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!hostIsAllowed(request, port) || !originIsAllowed(request, port)) {
      return refuse(response, 403, 'Forbidden: this Lectern server answers only its own address.');
    }
    if (!tokenIsValid(request, url, port, token)) {
      return refuse(response, 403, 'Forbidden: open the URL Lectern printed when it started (it carries the access token).');
    }
    if (url.searchParams.has('token') && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
      // Trade the token in the URL for a cookie, then drop it from the address bar and history.
      url.searchParams.delete('token');
      response.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      response.writeHead(303, { Location: `${url.pathname}${url.search}` }).end();
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') return stream.attach(response);
    // The first reads, as GETs the page's HTML preloads (see PRELOADED_READS). Cross-site pages
    // cannot send the cookie (SameSite=Strict) nor read the answer (no CORS), and the address
    // checks above still apply.
    const read = request.method === 'GET' ? preloadedRead(url.pathname) : undefined;
    if (read) return reply(response, await options.backend.dispatcher.call(read, []));
    if (url.pathname.startsWith('/api/call/')) {
      if (request.method !== 'POST') return refuse(response, 405, 'Use POST for API calls.');
      return callApi(url.pathname.slice('/api/call/'.length), request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed.');
    return serveStatic(options.rendererDir, url.pathname, response, { Link: PRELOADS });
  }

  async function callApi(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
      return refuse(response, 415, 'API calls must be sent as application/json.');
    }
    const body = await readBody(request);
    let result: Result<unknown>;
    if (body === null) {
      result = { ok: false, error: { code: 'invalid-argument', message: 'The request is larger than 16 MB.' } };
    } else {
      let args: unknown;
      try {
        args = body.length === 0 ? [] : JSON.parse(body);
      } catch {
        args = undefined;
      }
      result =
        args === undefined
          ? { ok: false, error: { code: 'invalid-argument', message: 'The request body is not valid JSON.' } }
          : await options.backend.dispatcher.call(decodeURIComponent(method), args);
    }
    reply(response, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      stopForwarding();
      stream.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
}

/** The body as text, or null when it exceeds the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
