// Runs in Node (tests). Highlights and notes in browser mode with the real backend and files: colours
// by key and button, overlap, the popover (colour, note, copy, remove), undo/redo, the margin list,
// the note's Markdown preview, orphans after the article file changes, and recovery from a damaged
// data file using a backup.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle, selectPhrase } from './support/reader-page.js';

const TITLE = 'NATO Hopes for Missile Defense Accord with Russia';
const GREEN = 'expressed hope again on Thursday';
const BLUE = 'strategic nuclear deterrent';
const PINK = 'again on Thursday for progress in missile defense';
const DOOMED = 'Lisbon summit in November 2010';

describe('highlights and notes in browser mode', () => {
  let session: AppSession;
  let page: Page;

  before(async () => {
    session = await AppSession.start({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = session.page;
    await openArticle(page, TITLE);
  });

  after(() => session?.close());

  const markOf = (text: string) => page.locator('mark.hl', { hasText: text }).first();
  const popover = () => page.getByRole('dialog', { name: 'Highlight' });

  test('keys 1–5 and the colour buttons highlight in that colour', async () => {
    await selectPhrase(page, GREEN);
    await page.keyboard.press('2');
    await page.locator('mark.hl-green', { hasText: GREEN }).waitFor();
    await selectPhrase(page, BLUE);
    await page.locator('.selection-bar').getByRole('button', { name: 'Blue' }).click();
    await page.locator('mark.hl-blue', { hasText: BLUE }).waitFor();
  });

  test('overlapping highlights show both colours', async () => {
    // A selection that starts inside the green highlight and runs past its end, across its marks.
    await page.evaluate((wanted) => {
      const paragraph = [...document.querySelectorAll('.article-body p')].find((p) => p.textContent?.includes(wanted));
      if (!paragraph) throw new Error('no paragraph');
      // No helper functions in here: the test's TypeScript compiler would wrap them in a __name() call
      // that does not exist in the page.
      const at = paragraph.textContent?.indexOf(wanted) ?? -1;
      const points: Array<{ node: Node; offset: number }> = [];
      for (const target of [at, at + wanted.length]) {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (seen + length >= target) {
            points.push({ node, offset: target - seen });
            break;
          }
          seen += length;
        }
      }
      const [from, to] = points;
      if (!from || !to) throw new Error('offset outside the paragraph');
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, PINK);
    await page.keyboard.press('4');
    const overlap = page.locator('mark.hl-green > mark.hl-pink');
    await overlap.first().waitFor();
    assert.equal(await overlap.first().textContent(), 'again on Thursday');
    assert.equal(await page.locator('mark.hl-pink:not(mark.hl-green mark)', { hasText: 'for progress' }).count(), 1);
  });

  test('the popover recolours, takes a Markdown note, and copies the quote', async () => {
    await markOf(BLUE).click();
    await popover().getByRole('button', { name: 'Purple' }).click();
    await page.locator('mark.hl-purple', { hasText: BLUE }).waitFor();
    await popover().getByRole('button', { name: 'Add note' }).click();
    await popover().getByRole('textbox', { name: 'Highlight note' }).fill('Russia wants **legal** guarantees — ضمانات');
    await popover().locator('.note-save-state', { hasText: /^Saved$/ }).waitFor();
    await page.screenshot({ path: '/tmp/lectern-popover.png' });
    await popover().getByRole('button', { name: 'Copy quote' }).click();
    await page.getByRole('status').filter({ hasText: 'Quote copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), BLUE);
    const file = await readFile(path.join(session.data, 'lectern-data.json'), 'utf8');
    assert.ok(file.includes('Russia wants **legal** guarantees — ضمانات'), 'the highlight note is on disk');
    // An Escape that cancels an input method's composition in the note leaves the popover open.
    await popover().getByRole('textbox', { name: 'Highlight note' }).dispatchEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await popover().count(), 1, 'the popover stays open');
    await page.keyboard.press('Escape');
    await popover().waitFor({ state: 'detached' });
  });

  test('Ctrl+Z undoes the last highlight action and Ctrl+Shift+Z redoes it', async () => {
    await page.keyboard.press('Control+z'); // The purple recolour.
    await page.locator('mark.hl-blue', { hasText: BLUE }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.locator('mark.hl-purple', { hasText: BLUE }).waitFor();
    await selectPhrase(page, DOOMED);
    await page.keyboard.press('h');
    await markOf(DOOMED).waitFor();
    await page.keyboard.press('Control+z');
    await markOf(DOOMED).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await markOf(DOOMED).waitFor();
  });

  test('the margin list shows every highlight in reading order with its note; choosing one opens it', async () => {
    const items = page.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
    await page.waitForFunction(() => document.querySelectorAll('.highlight-list li').length === 4);
    const texts = await items.allTextContents();
    assert.deepEqual(texts.map((t) => t.slice(0, 12)), [GREEN, PINK, DOOMED, BLUE].map((q) => q.slice(0, 12)));
    assert.match(texts[3] ?? '', /Russia wants \*\*legal\*\* guarantees/);
    await page.screenshot({ path: '/tmp/lectern-margin.png' });
    await items.nth(3).getByRole('button').click();
    await popover().getByRole('textbox', { name: 'Highlight note' }).waitFor();
    await page.keyboard.press('Escape');
  });

  test('the note has a word count and a Markdown preview that never runs HTML', async () => {
    const note = '# Reading notes\n\nRasmussen is **hopeful**; see [RIA](https://ria.ru).\n\n<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">\n\n- é (e\u0301) 👩🏽‍🔬 שלום';
    await page.getByRole('textbox', { name: 'Notes' }).fill(note);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
    await page.getByText(/^\d+ words$/).waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('document', { name: 'Note preview' });
    await preview.locator('strong', { hasText: 'hopeful' }).waitFor();
    assert.equal(await preview.locator('script, img, [onerror]').count(), 0);
    assert.match((await preview.textContent()) ?? '', /<script>window\.pwned = 1<\/script>/);
    assert.equal(await page.evaluate(() => (window as { pwned?: number }).pwned), undefined);
    await page.screenshot({ path: '/tmp/lectern-preview.png' });
    await page.getByRole('button', { name: 'Preview' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), note);
  });

  test('a passage removed from the article file is listed under “Could not place”, with its note, until deleted', async () => {
    const article = path.join(session.library, '000_519e15ac75997d7b.txt');
    await session.restart({
      meanwhile: async () => writeFile(article, (await readFile(article, 'utf8')).replace('strategic nuclear deterrent', 'nuclear forces')),
    });
    await openArticle(page, TITLE);
    const orphans = page.getByRole('list', { name: 'Could not place' });
    await orphans.getByText(BLUE).waitFor();
    assert.match((await orphans.textContent()) ?? '', /Russia wants \*\*legal\*\* guarantees/);
    assert.equal(await markOf(BLUE).count(), 0);
    await orphans.getByRole('button', { name: /^Delete/ }).click();
    await orphans.waitFor({ state: 'detached' });
  });

  test('a damaged data file is moved aside and the newest backup restored, with a banner', async () => {
    // A clean stop writes today's backup; then the data file is damaged while nothing runs.
    await session.restart({ meanwhile: () => writeFile(path.join(session.data, 'lectern-data.json'), '{"schemaVersion": 2, "articles": {"oo') });
    const banner = page.getByRole('alert');
    await banner.waitFor();
    assert.match((await banner.textContent()) ?? '', /moved aside to .*lectern-data\.corrupt-.*restored from the backup/);
    await openArticle(page, TITLE);
    // The green highlight is cut in two by the pink one that overlaps it; its start is its own mark.
    await page.locator('mark.hl-green', { hasText: 'expressed hope' }).first().waitFor();
    await page.screenshot({ path: '/tmp/lectern-restored.png' });
    assert.match(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), /Rasmussen is \*\*hopeful\*\*/);
  });
});
