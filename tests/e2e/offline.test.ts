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

test('the interface is drawn in the typefaces the app bundles, and names no system font for it', async () => {
  const page = await session.browser.newPage();
  await openApp(page, session.server.url);
  await page.evaluate(() => document.fonts.ready);
  // A system family in a stack, even a generic one, is looked up when the page is first laid out,
  // each size with a synchronous call to the browser process (app.css): the first screen's stacks
  // name the bundled faces only. (A checkbox keeps the browser's own: it draws no text.)
  const stacks = await page.evaluate(() => [...new Set([...document.querySelectorAll('body, button, input:not([type="checkbox"]):not([type="radio"]), select, [role="option"], .reader-empty, h1, h2')].map((e) => getComputedStyle(e).fontFamily))]);
  assert.deepEqual(stacks.filter((stack) => !/^"?(Inter|Literata)"?$/.test(stack)), [], `font stacks on the first screen: ${stacks.join(' | ')}`);
  // And every glyph of the list and the toolbar is drawn with a bundled face.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  for (const selector of ['[role="listbox"]', '[role="toolbar"], header']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `${selector} on the page`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    const all = [...fonts];
    for (const id of nodeIds) all.push(...(await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id })).fonts);
    assert.ok(all.length > 0, `${selector} draws text`);
    assert.deepEqual([...new Set(all.filter((f) => !f.isCustomFont).map((f) => f.familyName))], [], `system fonts drawing ${selector}: ${JSON.stringify(all.filter((f) => !f.isCustomFont))}`);
  }
  await page.close();
});
