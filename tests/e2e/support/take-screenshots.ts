// Runs in Node (a script, not a test): `npm run screenshots` photographs the real app in browser
// mode for the README: the reader with a highlight and a note. Look at the PNGs before committing.
import path from 'node:path';
import { launchBrowser } from './browser.js';
import { openApp, openArticle, selectPhrase } from './reader-page.js';
import { REPO, startServerProcess } from './server-process.js';
import { removeAll, seedLibrary, tempDir } from './temp-library.js';

const library = await seedLibrary();
const data = await tempDir('shots');
const server = await startServerProcess({ library, data });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await openApp(page, server.url);
  await openArticle(page, 'NATO Hopes for Missile Defense Accord with Russia');
  await selectPhrase(page, 'pave the way for some progress');
  await page.keyboard.press('h');
  await page.locator('mark').first().waitFor();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Rasmussen ties progress to the 2012 elections in Russia and the US.\n\nCompare with the Lisbon summit (Nov 2010): cooperation was “agreed” then too.');
  await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
  await selectPhrase(page, 'legal guarantees');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(REPO, 'docs', 'reader.png') });
  console.log('Wrote docs/reader.png');
} finally {
  await browser.close();
  await server.stop();
  await removeAll(library, data);
}
