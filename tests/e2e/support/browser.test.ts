// Runs in Node (tests). The test browser itself: it must stand in for Lectern's Electron window, so
// it starts none of a browser window's own pages, and it keeps every setting playwright-core makes
// for reliable tests (our --disable-features replaces playwright-core's, see browser.ts).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from './browser.js';

/** The features Chromium's renderers were told are off: what the browser process decided, in effect. */
async function rendererDisabledFeatures(browser: Browser): Promise<Set<string>> {
  const page = await browser.newPage();
  await page.goto('data:text/html,<p>A page</p>');
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
  const renderer = processInfo.find((p) => p.type === 'renderer');
  assert.ok(renderer, 'Chromium reported no renderer process');
  // Chromium's child processes rewrite their command line as one string, arguments space-separated.
  const args = readFileSync(`/proc/${renderer.id}/cmdline`, 'utf8').split(/[\0 ]/);
  const features = args.filter((a) => a.startsWith('--disable-features=')).flatMap((a) => a.slice('--disable-features='.length).split(','));
  return new Set(features);
}

describe('the test browser', () => {
  const linux = existsSync('/proc/self/cmdline');

  test('opens no browser-window pages of its own beside the app', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto('data:text/html,<p>A page</p>');
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      assert.deepEqual(
        targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url),
        [],
        'Chromium loaded pages of its own window (they compete with the app for the cores)',
      );
    } finally {
      await browser.close();
    }
  });

  test('keeps every feature playwright-core turns off', { skip: linux ? false : 'needs /proc to read the renderer’s command line (Linux only)' }, async () => {
    const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    const ours = await launchBrowser();
    try {
      const expected = await rendererDisabledFeatures(plain);
      const actual = await rendererDisabledFeatures(ours);
      assert.ok(expected.size > 0, 'playwright-core disabled no features: has the way it launches Chromium changed?');
      const lost = [...expected].filter((f) => !actual.has(f));
      assert.deepEqual(lost, [], `launchBrowser re-enables what playwright-core disables: add ${lost.join(', ')} to PLAYWRIGHT_DISABLED_FEATURES`);
    } finally {
      await Promise.all([plain.close(), ours.close()]);
    }
  });
});
