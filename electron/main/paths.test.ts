// Runs in Node (node:test). The main process's pure helpers: the parts of the desktop shell that can
// be checked without the Electron binary.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  appLocations,
  contentTypeFor,
  isAppUrl,
  isInside,
  isWebUrl,
  pathFromEnv,
  resolveInside,
} from './paths.js';

const root = path.resolve('/srv/lectern/out/renderer');

describe('resolveInside', () => {
  test('maps app:// paths to files under the renderer folder', () => {
    assert.equal(resolveInside(root, '/'), path.join(root, 'index.html'));
    assert.equal(resolveInside(root, '/index.html'), path.join(root, 'index.html'));
    assert.equal(resolveInside(root, '/assets/app-1a2b.js'), path.join(root, 'assets', 'app-1a2b.js'));
    assert.equal(resolveInside(root, '/assets/Literata%20Bold.woff2'), path.join(root, 'assets', 'Literata Bold.woff2'));
  });

  test('refuses anything that would leave the renderer folder', () => {
    for (const pathname of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/..',
      '/index.html%00.js',
      '/%E0%A4%A', // not decodable
    ]) {
      assert.equal(resolveInside(root, pathname), null, pathname);
    }
  });

  test('isInside does not count the root itself or a sibling with the same prefix', () => {
    assert.equal(isInside(root, root), false);
    assert.equal(isInside(root, `${root}-evil/index.html`), false);
    assert.equal(isInside(root, path.join(root, '..foo')), true);
  });
});

describe('URLs', () => {
  test('only app://lectern is ours', () => {
    assert.equal(isAppUrl(APP_ENTRY_URL), true);
    assert.equal(isAppUrl('app://lectern/assets/x.js'), true);
    assert.equal(isAppUrl('app://other/index.html'), false);
    assert.equal(isAppUrl('https://lectern/index.html'), false);
    assert.equal(isAppUrl('file:///srv/lectern/out/renderer/index.html'), false);
    assert.equal(isAppUrl('not a url'), false);
  });

  test('only http and https open in the browser', () => {
    assert.equal(isWebUrl('https://example.org/a'), true);
    assert.equal(isWebUrl('http://example.org/a'), true);
    assert.equal(isWebUrl('file:///etc/passwd'), false);
    assert.equal(isWebUrl('javascript:alert(1)'), false);
    assert.equal(isWebUrl('smb://host/share'), false);
  });
});

test('locations: out/ inside the app either way; seeds beside the asar when packaged', () => {
  const dev = appLocations('/repo', '/electron/resources', false);
  assert.equal(dev.rendererDir, path.join('/repo', 'out', 'renderer'));
  assert.equal(dev.preload, path.join('/repo', 'out', 'electron', 'preload.cjs'));
  assert.equal(dev.bundledLibrary, path.join('/repo', 'seeds'));

  const packaged = appLocations('/opt/Lectern/resources/app.asar', '/opt/Lectern/resources', true);
  assert.equal(packaged.rendererDir, path.join('/opt/Lectern/resources/app.asar', 'out', 'renderer'));
  assert.equal(packaged.bundledLibrary, path.join('/opt/Lectern/resources', 'seeds'));
});

test('content types are explicit for what Vite emits', () => {
  assert.match(contentTypeFor('/x/index.html') ?? '', /^text\/html/);
  assert.match(contentTypeFor('/x/assets/index-abc.JS') ?? '', /^text\/javascript/);
  assert.equal(contentTypeFor('/x/assets/inter.woff2'), 'font/woff2');
  assert.equal(contentTypeFor('/x/unknown.bin'), undefined);
});

test('the CSP is the strict one', () => {
  assert.equal(
    CONTENT_SECURITY_POLICY,
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
});

test('pathFromEnv ignores blank values and makes paths absolute', () => {
  assert.equal(pathFromEnv(undefined), undefined);
  assert.equal(pathFromEnv('  '), undefined);
  assert.equal(pathFromEnv('data'), path.resolve('data'));
});
