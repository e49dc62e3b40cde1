// Runs in Node (tests). The library in browser mode: choosing a folder (remembered across restarts),
// folders with broken files, the keyboard, a library folder that goes away and comes back, and a
// damaged data file that is kept aside and reported.
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { openApp } from './support/reader-page.js';
import { REPO, startServerProcess, type ServerProcess } from './support/server-process.js';
import { removeAll, tempDir } from './support/temp-library.js';

describe('the library in browser mode', () => {
  let browser: Browser;
  let page: Page;
  let server: ServerProcess | undefined;
  let data: string;
  let messy: string;

  before(async () => {
    [data, messy] = await Promise.all([tempDir('data'), tempDir('messy')]);
    await cp(path.join(REPO, 'seeds'), messy, { recursive: true });
    await writeFile(path.join(messy, 'empty.txt'), '');
    await writeFile(path.join(messy, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(path.join(messy, 'big.txt'), `A headline\n\n${'Words of a very long article that goes on and on. '.repeat(400_000)}`);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await removeAll(data, messy);
  });

  const options = () => page.getByRole('listbox', { name: 'Library' }).getByRole('option');

  test('starts on the bundled library', async () => {
    server = await startServerProcess({ data });
    await openApp(page, server.url);
    assert.equal(await options().count(), 5);
    await page.getByText('Bundled library').waitFor();
  });

  test('the keyboard moves through the list and Enter opens an article', async () => {
    await options().first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = (await options().nth(1).locator('.item-title').textContent()) ?? '';
    await page.getByRole('heading', { level: 1, name: second }).waitFor();
    assert.equal(await options().nth(1).getAttribute('aria-selected'), 'true');
  });

  test('Open Folder… opens another folder, lists what it can and names each broken file', async () => {
    // While the folder is chosen, the indexer's workers are readied (a hint the page sends at once).
    const readied = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/call/prepareToIndex');
    await page.getByRole('button', { name: 'Open Folder…' }).click();
    assert.equal(((await (await readied).json()) as { ok: boolean }).ok, true);
    const dialog = page.getByRole('dialog', { name: 'Open Folder…' });
    await dialog.getByRole('textbox', { name: 'Folder path' }).fill(messy);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await options().nth(5).waitFor();
    assert.equal(await options().count(), 6, 'five seeds and the 20 MB article');
    await page.getByText('2 files could not be read').click();
    await page.getByText('empty.txt').waitFor();
    await page.getByText('photo.txt').waitFor();
    assert.match((await page.locator('.index-errors').textContent()) ?? '', /empty[\s\S]*binary/i);
  });

  test('a folder that does not exist is refused plainly and the open library stays', async () => {
    await page.getByRole('button', { name: 'Open Folder…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open Folder…' });
    await dialog.getByRole('textbox', { name: 'Folder path' }).fill(path.join(messy, 'no-such-folder'));
    await dialog.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('status').filter({ hasText: 'no-such-folder' }).waitFor();
    assert.equal(await options().count(), 6);
  });

  test('the chosen folder is remembered when the app starts again', async () => {
    await server?.stop();
    server = await startServerProcess({ data });
    await openApp(page, server.url);
    assert.equal(await options().count(), 6);
    assert.equal(await page.getByText('Bundled library').count(), 0);
  });

  test('a library folder that goes away stays listed and readable with a notice, and catches up when it is back', async () => {
    const notice = page.getByRole('status').filter({ hasText: 'The library folder is not available' });
    await rm(messy, { recursive: true });
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', new RegExp(messy.replace(/[.]/g, '\\.')));
    assert.equal(await options().count(), 6, 'nothing left the list');
    await options().filter({ hasText: 'RFE/RL' }).click();
    await page.getByRole('heading', { level: 1, name: 'NATO Chief Says Missile Defense Shield Will Not Threaten Russia' }).waitFor();
    await page.locator('.article-body p', { hasText: 'Rasmussen' }).first().waitFor();

    await cp(path.join(REPO, 'seeds'), messy, { recursive: true });
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[role="listbox"][aria-label="Library"] [role="option"]').length === 5);
  });

  test('a damaged data file is kept aside, reported in a banner, and the app keeps working', async () => {
    await server?.stop();
    // No backups: this is the start-afresh path (restoring a backup is covered in annotations.test.ts).
    await rm(path.join(data, 'backups'), { recursive: true, force: true });
    const damaged = '{"schemaVersion": 1, "articles": {"oops"';
    await writeFile(path.join(data, 'lectern-data.json'), damaged);
    server = await startServerProcess({ data });
    await openApp(page, server.url);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    const kept = (await readdir(data)).find((name) => name.startsWith('lectern-data.corrupt-'));
    assert.ok(kept, 'the damaged file was moved aside');
    assert.equal(await readFile(path.join(data, kept), 'utf8'), damaged, 'byte for byte');
    assert.match((await banner.textContent()) ?? '', new RegExp(kept.replace(/[.]/g, '\\.')));
    assert.equal(await options().count(), 5, 'the settings were in the damaged file, so the bundled library opens');
  });
});
