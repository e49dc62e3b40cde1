// Runs in Node (tests). The desktop build's promises, read from electron-builder.yml: a change that
// weakens one of them fails here, not silently in a release.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { REPO } from '../e2e/support/server-process.js';

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; executableName: string; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean };
  win: { icon: string };
  mac: { target: Array<{ target: string; arch: string[] }>; icon: string };
}

const config = async () => parse(await readFile(path.join(REPO, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

test('release builds flip the fuses that lock the binary down', async () => {
  const { electronFuses } = await config();
  assert.deepEqual(electronFuses, {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('the app ships in an asar, with the bundled library beside it', async () => {
  const { asar, extraResources, appId, productName } = await config();
  assert.equal(asar, true);
  assert.deepEqual(extraResources.map(({ from, to }) => [from, to]), [['seeds', 'seeds']]);
  assert.equal(appId, 'app.lectern.desktop');
  assert.equal(productName, 'Lectern');
});

test('Linux, Windows and macOS packages are the ones promised, with their icons committed', async () => {
  const { linux, nsis, win, mac } = await config();
  assert.deepEqual([...linux.target].sort(), ['AppImage', 'deb', 'tar.gz']);
  assert.equal(linux.category, 'Office');
  assert.equal(linux.executableName, 'lectern');
  assert.deepEqual([nsis.oneClick, nsis.perMachine], [true, false], 'per-user install, no admin rights');
  assert.deepEqual(mac.target[0]?.arch, ['x64', 'arm64']);
  for (const icon of [linux.icon, win.icon, mac.icon]) {
    assert.ok((await readFile(path.join(REPO, icon))).length > 1000, `${icon} is committed`);
  }
});
