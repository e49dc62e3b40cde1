// Runs in Node (a script): `npm run icons`. Renders the one source icon, resources/icon.svg, into
// what the desktop builds need — PNGs (Linux), ICO (Windows), ICNS (macOS) — with the same headless
// Chromium the tests use, and png2icons for the ICO/ICNS containers. Commit the output.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import png2icons from 'png2icons';
import { launchBrowser } from '../tests/e2e/support/browser.js';
import { REPO } from '../tests/e2e/support/server-process.js';

const resources = path.join(REPO, 'resources');
const svg = await readFile(path.join(resources, 'icon.svg'), 'utf8');
const browser = await launchBrowser();
const pngs = new Map<number, Buffer>();
try {
  for (const size of [1024, 512, 256]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    pngs.set(size, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}

const large = pngs.get(1024) as Buffer;
const outputs: Array<[string, Buffer | null]> = [
  ['icon.png', pngs.get(512) ?? null],
  ['icon-256.png', pngs.get(256) ?? null],
  ['icon.ico', png2icons.createICO(large, png2icons.BICUBIC, 0, false, true)],
  ['icon.icns', png2icons.createICNS(large, png2icons.BICUBIC, 0)],
];
for (const [name, data] of outputs) {
  if (!data) throw new Error(`could not make resources/${name}`);
  await writeFile(path.join(resources, name), data);
  console.log(`Wrote resources/${name} (${Math.round(data.length / 1024)} KB)`);
}
