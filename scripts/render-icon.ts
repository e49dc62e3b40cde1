// Runs in Node (a script): renders resources/icon.svg to the PNG sizes the desktop build needs,
// with the same headless Chromium the tests use (no image library needed). Commit the output.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.js';
import { REPO } from '../tests/e2e/support/server-process.js';

const svg = await readFile(path.join(REPO, 'resources', 'icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  for (const size of [512, 256]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    const name = size === 512 ? 'icon.png' : `icon-${size}.png`;
    await page.screenshot({ path: path.join(REPO, 'resources', name), omitBackground: true });
    console.log(`Wrote resources/${name}`);
  }
} finally {
  await browser.close();
}
