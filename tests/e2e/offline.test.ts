// Runs in Node (tests). Lectern never reaches the network: every request the page makes, while a
// person reads, highlights, writes and exports, goes to the app's own local origin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppSession } from './support/app-session.js';
import { openApp, openArticle, selectPhrase } from './support/reader-page.js';

let session: AppSession;
before(async () => {
  session = await AppSession.start();
});
after(() => session?.close());

test('every request goes to the app’s own origin: fonts, styles, scripts and API alike', async () => {
  // A fresh page, watched from its very first request.
  const page = await session.browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await openApp(page, session.server.url);
  for (const title of ['NATO Chief Says Missile Defense Shield Will Not Threaten Russia', 'NATO Hopes for Missile Defense Accord with Russia']) {
    await openArticle(page, title);
  }
  await selectPhrase(page, 'Baltic exclave');
  await page.keyboard.press('h');
  await page.locator('mark', { hasText: 'Baltic exclave' }).waitFor();
  await page.getByRole('textbox', { name: 'Notes' }).fill('offline note');
  await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Markdown' }).click()]);
  await page.evaluate(() => document.fonts.ready);

  const foreign = requests.filter((url) => !url.startsWith(`${session.server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.endsWith('.woff2')), 'the bundled fonts were loaded from the app itself');
  assert.ok(requests.some((url) => url.includes('/api/call/')), 'the API was used');
  await page.close();
});
