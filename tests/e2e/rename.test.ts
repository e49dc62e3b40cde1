// Runs in Node (tests). An annotated article's file renamed on disk while the app is open in browser
// mode, with the article open in the reader: the Library list keeps the article under its title, with
// its highlight and note badges and no "File missing" marker; the reader follows it to its new id in
// place (same text, highlight and scroll position, never a blank page), and what is typed into the
// note, before and after the rename, is saved on the renamed article (seen again after a restart).
// Waits on the app's state, never on timers.
import assert from 'node:assert/strict';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle, selectPhrase } from './support/reader-page.js';

const TITLE = 'NATO Chief Says Missile Defense Shield Will Not Threaten Russia';
const FILE = '002_c8b28b8e38a8ef38.txt';
const PHRASE = 'integrated, alliance-wide missile defense system';
const NOTE = 'Rasmussen on the shield: renamed, not forgotten';

describe('a renamed article file in browser mode', () => {
  let session: AppSession;
  let page: Page;

  before(async () => {
    session = await AppSession.start();
    page = session.page;
  });

  after(() => session?.close());

  const list = () => page.getByRole('listbox', { name: 'Library' });
  /** Library rows for the article, by title (the old and new ids share it). */
  const rows = () => list().locator('li.article-item', { hasText: TITLE });

  test('keeps its highlight and note in the list and the reader, which follows it to its new id', async () => {
    await openArticle(page, TITLE);
    const oldId = ((await rows().first().getAttribute('id')) ?? '').replace(/^article-/, '');
    assert.ok(oldId);
    await selectPhrase(page, PHRASE);
    await page.keyboard.press('h');
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    const note = page.getByRole('textbox', { name: 'Notes' });
    await note.fill(NOTE);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
    const annotated = rows()
      .filter({ has: page.locator('.badge[title="Highlights"]', { hasText: /^1$/ }) })
      .filter({ has: page.locator('.note-badge') });
    await annotated.and(page.locator(`[id="article-${oldId}"]`)).waitFor();
    const scrollBefore = await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop);
    assert.ok(scrollBefore > 0, 'the reader is scrolled down to the highlight');
    // Records whether the reader ever blanks ("Opening…", the empty state) or loses the title.
    await page.evaluate(() => {
      const flashes: string[] = [];
      (window as unknown as { readerFlashes: string[] }).readerFlashes = flashes;
      new MutationObserver(() => {
        if (document.querySelector('.reader-empty')) flashes.push('empty');
        if (!document.getElementById('article-title')) flashes.push('no title');
      }).observe(document.querySelector('.reader-pane') as Node, { childList: true, subtree: true });
    });

    // Typed, then the file renamed at once: this edit may still be on its way under the old id.
    await note.press('End');
    await page.keyboard.type(', renamed');
    await rename(path.join(session.library, FILE), path.join(session.library, 'rasmussen-shield.txt'));

    // The list swaps the old row for the one at the new path, which has the badges.
    await list().locator(`[id="article-${oldId}"]`).waitFor({ state: 'detached' });
    const renamed = annotated.and(page.locator(`:not([id="article-${oldId}"])`));
    await renamed.waitFor();
    assert.equal(await rows().count(), 1, 'one row for the article');
    assert.equal(await list().locator('.missing-label').count(), 0, 'nothing is marked "File missing"');
    assert.equal(await list().locator('li.missing').count(), 0);
    const newId = ((await renamed.getAttribute('id')) ?? '').replace(/^article-/, '');
    assert.ok(newId && newId !== oldId);

    // The reader, still open, is now on the new id: same title, text, highlight and place.
    await page.locator(`.reader-pane[data-restored-for="${newId}"]`).waitFor();
    await list().locator(`li.article-item.open[id="article-${newId}"]`).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.match((await page.locator('.article-body').textContent()) ?? '', new RegExp(PHRASE));
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    assert.equal(await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop), scrollBefore, 'the reader did not jump');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { readerFlashes: string[] }).readerFlashes), [], 'the reader never went blank');
    assert.equal(await page.locator('.missing-notice').count(), 0);
    await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-renamed.png') });

    // Typing carries on in the same note, and is saved on the renamed article.
    assert.equal(await note.inputValue(), `${NOTE}, renamed`);
    await note.press('End');
    await page.keyboard.type(' and kept');
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();

    await session.restart();
    await openArticle(page, TITLE);
    assert.equal(await page.locator('.reader-pane').getAttribute('data-restored-for'), newId);
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), `${NOTE}, renamed and kept`);
    assert.equal(await page.locator('.missing-notice').count(), 0);
  });

  test('deleted while open, it keeps its notes as "file missing" until the file returns', async () => {
    const file = path.join(session.library, 'rasmussen-shield.txt');
    const text = await readFile(file);
    const row = rows().first();
    await rm(file);
    // The list marks it, and the reader says what is kept and offers to delete it.
    await row.locator('.missing-label', { hasText: 'File missing' }).waitFor();
    const notice = page.getByRole('note').filter({ hasText: 'is missing' });
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', new RegExp(`The file of “${TITLE}” is missing`));
    await notice.getByRole('button', { name: 'Delete its notes' }).waitFor();
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-file-missing.png') });
    // Back again: no longer missing, its note and highlight still there.
    await writeFile(file, text);
    await notice.waitFor({ state: 'detached' });
    assert.equal(await rows().locator('.missing-label').count(), 0);
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), `${NOTE}, renamed and kept`);
  });
});
