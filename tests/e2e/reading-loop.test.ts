// Runs in Node (tests). The whole reading loop in browser mode, with the real backend and real files:
// open the library, read, highlight, write a note, restart the server, find both, export.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle, selectPhrase } from './support/reader-page.js';
import { removeAll, tempDir } from './support/temp-library.js';

const TITLE = 'NATO Hopes for Missile Defense Accord with Russia';
const PHRASE = 'expressed hope again on Thursday';
const NOTE = 'Rasmussen keeps hoping — “pave the way” ✓ مرحبا';

describe('the reading loop in browser mode', () => {
  let session: AppSession;
  let page: Page;
  let exports: string;

  before(async () => {
    [session, exports] = await Promise.all([AppSession.start(), tempDir('exports')]);
    page = session.page;
  });

  after(async () => {
    await session?.close();
    await removeAll(exports);
  });

  test('the library lists every article with title, site and date', async () => {
    const options = page.getByRole('listbox', { name: 'Library' }).getByRole('option');
    assert.equal(await options.count(), 5);
    const first = options.filter({ hasText: TITLE }).first();
    assert.match((await first.textContent()) ?? '', /RIA Novosti/);
    assert.match((await first.textContent()) ?? '', /2013/);
  });

  test('opening an article shows the story without the page’s boilerplate', async () => {
    await openArticle(page, TITLE);
    const body = (await page.locator('.article-body').textContent()) ?? '';
    assert.match(body, /Anders Fogh Rasmussen expressed hope again/);
    for (const junk of ['Add to blog', 'Send to friend', 'Publication code', 'Leave a comment', 'don\'t hold your breath', 'Some material may be inappropriate']) {
      assert.ok(!body.includes(junk), `the body should not contain "${junk}"`);
    }
  });

  test('selecting text shows a Highlight button, and h highlights it', async () => {
    await selectPhrase(page, PHRASE);
    await page.getByRole('button', { name: 'Highlight' }).waitFor();
    await page.keyboard.press('h');
    await page.locator('mark', { hasText: PHRASE }).waitFor();
    assert.equal(await page.locator('mark').count(), 1);
  });

  test('the Highlight button highlights a selection too, and a highlight can be removed', async () => {
    await selectPhrase(page, 'strategic nuclear deterrent');
    await page.getByRole('button', { name: 'Highlight' }).click();
    const mark = page.locator('mark', { hasText: 'strategic nuclear deterrent' });
    await mark.waitFor();
    await mark.click();
    await page.getByRole('button', { name: 'Remove highlight' }).click();
    await mark.waitFor({ state: 'detached' });
    assert.equal(await page.locator('mark').count(), 1);
  });

  test('the note saves by itself as you type', async () => {
    await page.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
    const file = JSON.parse(await readFile(path.join(session.data, 'lectern-data.json'), 'utf8')) as { articles: Record<string, { note: { text: string } | null }> };
    assert.ok(Object.values(file.articles).some((record) => record.note?.text === NOTE), 'the note is in the data file');
  });

  test('after the server is killed and started again, the highlight and the note are still there', async () => {
    await session.restart({ hard: true });
    await openArticle(page, TITLE);
    await page.locator('mark', { hasText: PHRASE }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), NOTE);
  });

  test('Export to Markdown writes the article’s highlights and note', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Markdown' }).click()]);
    assert.match(download.suggestedFilename(), /NATO Hopes for Missile Defense Accord with Russia.*\.md$/);
    const markdown = await readFile((await download.path()) as string, 'utf8');
    assert.match(markdown, /^---\n/);
    assert.match(markdown, new RegExp(`^> .*${PHRASE}`, 'm'));
    assert.ok(markdown.includes(NOTE), 'the note is exported verbatim');
    assert.ok(!markdown.includes('strategic nuclear deterrent'), 'the removed highlight is not exported');
  });

  test('Export all notes… writes one file per annotated article into the chosen folder', async () => {
    await page.getByRole('button', { name: 'Export all notes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all notes…' });
    await dialog.getByRole('textbox', { name: 'Folder path' }).fill(exports);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('status').filter({ hasText: 'Exported 1 file' }).waitFor();
    const files = (await readdir(exports)).filter((name) => name !== 'index.md');
    assert.equal(files.length, 1);
    const markdown = await readFile(path.join(exports, files[0] as string), 'utf8');
    assert.ok(markdown.includes(NOTE));
    assert.match(markdown, new RegExp(PHRASE));
  });

  test('requests without the token, or for another host, are refused', async () => {
    const api = `${session.server.origin}/api/call/getLibrary`;
    const noToken = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' });
    assert.equal(noToken.status, 403);
    const page404 = await fetch(`${session.server.origin}/`);
    assert.equal(page404.status, 403);
    const token = new URL(session.server.url).searchParams.get('token') ?? '';
    const withToken = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '[]' });
    assert.equal(withToken.status, 200);
    const wrongToken = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}x` }, body: '[]' });
    assert.equal(wrongToken.status, 403);
  });
});
