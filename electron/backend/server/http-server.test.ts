// Runs in Node (tests). Browser mode's server refuses everything that is not its own page with its token.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend } from '../service/backend-options.js';
import { createBackend } from '../service/create-backend.js';
import { startServer, type RunningServer } from './http-server.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: RunningServer, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode server', () => {
  let dir: string;
  let backend: Backend;
  let server: RunningServer;
  let auth: Record<string, string>;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-server-'));
    const renderer = path.join(dir, 'renderer');
    await mkdir(renderer);
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
    await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
    await cp(BUNDLED_LIBRARY, path.join(dir, 'library'), { recursive: true });
    backend = await createBackend({ mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: path.join(dir, 'library') });
    server = await startServer({ backend, rendererDir: renderer, port: 0 });
    auth = { Authorization: `Bearer ${server.token}` };
  });

  after(async () => {
    await server.close();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  const call = (method: string, body: string, headers: Record<string, string> = {}) =>
    send(server, { path: `/api/call/${method}`, method: 'POST', headers: { 'Content-Type': 'application/json', ...auth, ...headers }, body });

  test('binds to 127.0.0.1 and prints a URL carrying the token', () => {
    assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=${server.token}$`));
    assert.ok(server.token.length >= 32);
  });

  test('refuses requests without the token, or with a wrong one', async () => {
    assert.equal((await send(server, { path: '/' })).status, 403);
    assert.equal((await call('getLibrary', '[]', { Authorization: 'Bearer nope' })).status, 403);
  });

  test('trades the token in the URL for an HttpOnly cookie and a clean address', async () => {
    const reply = await send(server, { path: `/?token=${server.token}` });
    assert.equal(reply.status, 303);
    assert.equal(reply.headers.location, '/');
    const cookie = String(reply.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const page = await send(server, { path: '/', headers: { Cookie: cookie.split(';')[0] as string } });
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>Lectern<\/title>/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['access-control-allow-origin'], undefined);
  });

  test('refuses a foreign Host (DNS rebinding) and a foreign Origin (CSRF), even with the token', async () => {
    assert.equal((await call('getLibrary', '[]', { Host: `evil.example:${server.port}` })).status, 403);
    assert.equal((await call('getLibrary', '[]', { Origin: 'http://evil.example' })).status, 403);
    assert.equal((await call('getLibrary', '[]', { Origin: `http://127.0.0.1:${server.port}` })).status, 200);
  });

  test('the page comes with preloads of the library list and the app info, which answer only with the token from its own address', async () => {
    const page = await send(server, { path: '/', headers: auth });
    assert.equal(String(page.headers.link), '</api/library>; rel=preload; as=fetch; crossorigin, </api/app-info>; rel=preload; as=fetch; crossorigin');
    const library = await send(server, { path: '/api/library', headers: auth });
    assert.equal(library.status, 200);
    const reply = JSON.parse(library.body) as { ok: boolean; value?: { articles: unknown[] } };
    assert.ok(reply.ok && Array.isArray(reply.value?.articles), 'the same answer getLibrary gives');
    assert.equal(library.headers['cache-control'], 'no-store');
    const info = JSON.parse((await send(server, { path: '/api/app-info', headers: auth })).body) as { ok: boolean; value?: { mode?: string; preferences?: unknown } };
    assert.ok(info.ok && info.value?.mode === 'browser' && info.value.preferences, 'the same answer getAppInfo gives');
    for (const path of ['/api/library', '/api/app-info']) {
      assert.equal((await send(server, { path })).status, 403, `${path}: no token`);
      assert.equal((await send(server, { path, headers: { ...auth, Origin: 'http://evil.example' } })).status, 403, `${path}: a foreign page`);
      assert.equal((await send(server, { path, headers: { ...auth, Host: `evil.example:${server.port}` } })).status, 403, `${path}: DNS rebinding`);
    }
    // Only these two reads have a GET: every other method is a POST with a JSON body.
    assert.equal((await send(server, { path: '/api/call/getAppInfo', headers: auth })).status, 405);
  });

  test('refuses API calls that are not JSON POSTs', async () => {
    assert.equal((await call('getLibrary', '[]', { 'Content-Type': 'text/plain' })).status, 415);
    assert.equal((await send(server, { path: '/api/call/getLibrary', headers: auth })).status, 405);
  });

  test('never serves files outside the renderer folder', async () => {
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(server, { path: sneaky, headers: auth });
      assert.ok(!reply.body.includes('outside the renderer'), `${sneaky} must not leak`);
    }
  });

  test('validates arguments and answers with a readable error', async () => {
    const unknown = JSON.parse((await call('deleteEverything', '[]')).body) as { ok: boolean; error: { code: string } };
    assert.deepEqual([unknown.ok, unknown.error.code], [false, 'not-found']);
    const bad = JSON.parse((await call('getArticle', '[42]')).body) as { ok: boolean; error: { code: string; message: string } };
    assert.deepEqual([bad.ok, bad.error.code], [false, 'invalid-argument']);
    assert.match(bad.error.message, /getArticle/);
    const broken = JSON.parse((await call('getArticle', '{not json')).body) as { ok: boolean; error: { code: string } };
    assert.equal(broken.error.code, 'invalid-argument');
    // A part of a kept list: the listing's name is checked, and so is where the part starts.
    for (const args of ['["../../etc", 0]', '["0b5e1c2a-9f3d", -1]', '["0b5e1c2a-9f3d", 1.5]', '["0b5e1c2a-9f3d"]']) {
      const part = JSON.parse((await call('getLibraryPart', args)).body) as { ok: boolean; error: { code: string } };
      assert.deepEqual([part.ok, part.error.code], [false, 'invalid-argument'], args);
    }
    const gone = JSON.parse((await call('getLibraryPart', '["0b5e1c2a-9f3d", 0]')).body) as { ok: boolean; error: { code: string; message: string } };
    assert.deepEqual([gone.ok, gone.error.code], [false, 'not-found']);
    assert.match(gone.error.message, /no longer kept/);
    // A hint with nothing to say: a folder passed along is refused, not taken for the one to open.
    const hinted = JSON.parse((await call('prepareToIndex', '["/etc"]')).body) as { ok: boolean; error: { code: string } };
    assert.deepEqual([hinted.ok, hinted.error.code], [false, 'invalid-argument']);
    const hint = JSON.parse((await call('prepareToIndex', '[]')).body) as { ok: boolean };
    assert.equal(hint.ok, true);
  });

  test('serves the library through the API', async () => {
    const reply = JSON.parse((await call('getLibrary', '[]')).body) as { ok: true; value: { articles: unknown[]; bundled: boolean } };
    assert.equal(reply.ok, true);
    assert.equal(reply.value.articles.length, 5);
    assert.equal(reply.value.bundled, true);
  });
});
