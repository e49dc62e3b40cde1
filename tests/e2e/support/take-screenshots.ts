// Runs in Node (a script, not a test): `npm run screenshots` photographs the real app in browser
// mode for the README: the reader with highlights and a note, each theme, and focus mode.
// Look at the PNGs before committing them.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { openApp, openArticle, selectPhrase } from './reader-page.js';
import { REPO, startServerProcess } from './server-process.js';
import { removeAll, seedLibrary, tempDir } from './temp-library.js';

const docs = (name: string) => path.join(REPO, 'docs', name);

async function annotate(page: Page): Promise<void> {
  await openArticle(page, 'NATO Hopes for Missile Defense Accord with Russia');
  await selectPhrase(page, 'pave the way for some progress');
  await page.keyboard.press('h');
  await selectPhrase(page, 'legal guarantees that the system would not be aimed against Russia');
  await page.keyboard.press('3');
  await page.locator('mark').nth(1).waitFor();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Rasmussen ties progress to the 2012 elections in Russia and the US.\n\nCompare with the **Lisbon summit** (Nov 2010): cooperation was “agreed” then too.');
  await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
  await page.locator('.reader-pane').evaluate((el) => el.scrollTo({ top: 0 }));
  await page.mouse.move(0, 0);
}

const library = await seedLibrary();
const data = await tempDir('shots');
const server = await startServerProcess({ library, data });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openApp(page, server.url);
  await annotate(page);
  for (const [theme, file] of [['Light', 'reader.png'], ['Sepia', 'theme-sepia.png'], ['Dark', 'theme-dark.png']] as const) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: docs(file) });
    console.log(`Wrote docs/${file}`);
  }
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Sepia' });
  await page.locator('.reader h1').click();
  await page.keyboard.press('f');
  await page.locator('.app.focus-mode.chrome-hidden').waitFor();
  await page.screenshot({ path: docs('focus-mode.png') });
  console.log('Wrote docs/focus-mode.png');
} finally {
  await browser.close();
  await server.stop();
  await removeAll(library, data);
}
