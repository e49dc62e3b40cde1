// Runs in Node (tests). An annotated article's file renamed on disk while the app is open in browser
// mode: the Library list keeps the article under its title, with its highlight and note badges and
// no "File missing" marker, and opening it shows the highlight and the note (with what was typed
// in the reader still open on it after the rename). Waits on the app's state, never on timers.
import assert from 'node:assert/strict';
import { rename } from 'node:fs/promises';
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

  test('keeps its highlight and note in the list and the reader', async () => {
    await openArticle(page, TITLE);
    const oldId = ((await rows().first().getAttribute('id')) ?? '').replace(/^article-/, '');
    assert.ok(oldId);
    await selectPhrase(page, PHRASE);
    await page.keyboard.press('h');
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    await page.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
    const annotated = rows()
      .filter({ has: page.locator('.badge[title="Highlights"]', { hasText: /^1$/ }) })
      .filter({ has: page.locator('.note-badge') });
    await annotated.and(page.locator(`[id="article-${oldId}"]`)).waitFor();

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
    await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-renamed.png') });

    // The reader was open on the article when its file was renamed: what is typed there is still saved.
    await page.getByRole('textbox', { name: 'Notes' }).fill(`${NOTE}, and kept`);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();

    await openArticle(page, TITLE);
    assert.equal(await page.locator('.reader-pane').getAttribute('data-restored-for'), newId);
    await page.locator('mark.hl', { hasText: PHRASE }).first().waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), `${NOTE}, and kept`);
    assert.equal(await page.locator('.missing-notice').count(), 0);
  });
});
