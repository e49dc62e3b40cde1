// Runs in Node (tests). The same story on two sites, in browser mode: the copy is listed under its
// original and left out of the Timeline; when the original's file is deleted, the copy takes its
// place in both. Waits on the app's state, never on timers.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';

/** The RIA Novosti original; the seeds hold its AtomInfo.Ru republication too. */
const ORIGINAL = '000_519e15ac75997d7b.txt';

describe('a story on two sites in browser mode', () => {
  let session: AppSession;
  let page: Page;

  before(async () => {
    session = await AppSession.start();
    page = session.page;
  });

  after(() => session?.close());

  const options = () => page.getByRole('listbox', { name: 'Library' }).getByRole('option');
  const timeline = () => page.getByRole('region', { name: 'Timeline' });

  test('deleting the original makes its copy an article of its own, in the list and the Timeline', async () => {
    await options().nth(4).waitFor();
    await options().filter({ hasText: 'Version from AtomInfo.Ru' }).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await timeline().filter({ hasText: 'RIA Novosti' }).waitFor();
    assert.doesNotMatch((await timeline().textContent()) ?? '', /AtomInfo\.Ru/, 'the copy is not a story of its own');

    await rm(path.join(session.library, ORIGINAL));
    await timeline().filter({ hasText: 'AtomInfo.Ru' }).waitFor();
    assert.doesNotMatch((await timeline().textContent()) ?? '', /RIA Novosti/);
    await page.getByRole('tab', { name: 'Library' }).click();
    await options().nth(3).waitFor();
    assert.equal(await options().count(), 4);
    assert.equal(await options().filter({ hasText: 'Version from' }).count(), 0, 'no longer listed as a version');
    await options().filter({ hasText: 'AtomInfo.Ru' }).waitFor();
  });
});
