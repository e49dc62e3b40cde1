// Runs in Node (tests). The reading experience in browser mode: themes (remembered, and accessible
// in each), focus mode, the keyboard, remembered reading position, search, timeline, sort and filter.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle, selectPhrase } from './support/reader-page.js';

const RIA = 'NATO Hopes for Missile Defense Accord with Russia';
const RFE = 'NATO Chief Says Missile Defense Shield Will Not Threaten Russia';
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2 A/AA rules on the page as it is; evaluate runs outside the page's CSP. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the reading experience', () => {
  let session: AppSession;
  let page: Page;

  before(async () => {
    session = await AppSession.start({ viewport: { width: 1280, height: 800 } });
    page = session.page;
  });

  after(() => session?.close());

  const options = () => page.getByRole('listbox', { name: 'Library' }).getByRole('option');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('every theme meets WCAG AA, with a different page colour each', async () => {
    await openArticle(page, RIA);
    const colours = new Set<string>();
    for (const theme of ['Light', 'Sepia', 'Dark']) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme.toLowerCase());
      colours.add(await background());
      assert.deepEqual(await seriousViolations(page), [], `${theme} theme`);
    }
    assert.equal(colours.size, 3);
  });

  test('System follows the operating system’s light or dark preference', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.dataset.appearance === 'dark');
    const dark = await background();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.appearance === 'light');
    assert.notEqual(await background(), dark);
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('the theme and text settings are remembered across a restart', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Sepia' });
    await page.getByLabel('Text settings').click();
    const saved = page.waitForResponse((r) => r.url().includes('/api/call/savePreferences'));
    await page.getByRole('button', { name: 'Larger text size' }).click();
    await saved;
    await session.restart();
    assert.equal(await page.getByRole('combobox', { name: 'Theme' }).inputValue(), 'sepia');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-size')), '20px');
  });

  test('f enters focus mode: only the text; Esc leaves it', async () => {
    await openArticle(page, RIA);
    await page.locator('body').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('f');
    await page.locator('.app.focus-mode').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Focus mode' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('listbox', { name: 'Library' }).isVisible(), false);
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).isVisible(), false);
    assert.ok(await page.getByRole('heading', { level: 1, name: RIA }).isVisible());
    await page.keyboard.press('Escape');
    await page.locator('.app:not(.focus-mode)').waitFor();
    assert.ok(await page.getByRole('listbox', { name: 'Library' }).isVisible());
  });

  test('? shows every shortcut; / goes to search; n goes to the note', async () => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const key of ['j / ↓', '/', 'f', '[ / ]', 'Space / Shift+Space']) assert.ok(await dialog.getByText(key, { exact: true }).isVisible(), key);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Notes');
  });

  test('j/k move through the list, Enter opens, Space pages down, ] and [ switch versions', async () => {
    await page.locator('.reader h1').click();
    const titles = await options().locator('.item-title').allTextContents();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const cursor = await page.evaluate(() => document.activeElement?.querySelector('.item-title')?.textContent);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: cursor ?? '' }).waitFor();
    assert.ok(titles.includes(cursor ?? ''));

    await openArticle(page, RFE);
    await page.locator('.reader h1').click();
    const pane = page.locator('.reader-pane');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => (document.querySelector('.reader-pane')?.scrollTop ?? 0) > 100);
    const down = await pane.evaluate((el) => el.scrollTop);
    await page.keyboard.press('Shift+Space');
    await page.waitForFunction((before) => (document.querySelector('.reader-pane')?.scrollTop ?? 0) < before, down);

    await openArticle(page, RIA);
    await page.locator('.reader h1').click();
    await page.keyboard.press(']');
    await page.locator('.meta-line', { hasText: 'AtomInfo.Ru' }).waitFor();
    await page.keyboard.press('[');
    await page.locator('.meta-line', { hasText: 'BRUSSELS' }).waitFor();
  });

  test('the reading position is remembered and restored after a restart', async () => {
    await openArticle(page, RFE);
    const saved = page.waitForResponse(async (r) => r.url().includes('/api/call/saveReadingPosition') && (r.request().postData() ?? '').includes('"offset":') && !(r.request().postData() ?? '').includes('"offset":0,'));
    await page.locator('.article-body p').nth(8).evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await saved;
    const before = await page.locator('.reader-pane').evaluate((el) => el.scrollTop);
    assert.ok(before > 200);
    await session.restart();
    await openArticle(page, RFE);
    await page.waitForFunction((expected) => Math.abs((document.querySelector('.reader-pane')?.scrollTop ?? 0) - expected) < 80, before);
    assert.match((await page.locator('.time-left').textContent()) ?? '', /min left|Finished/);
  });

  test('search finds article text, a highlight’s quote, a note’s words and a typo, and opens at the match', async () => {
    await openArticle(page, RIA);
    await selectPhrase(page, 'annual report');
    await page.keyboard.press('h');
    await page.locator('mark', { hasText: 'annual report' }).waitFor();
    await page.getByRole('textbox', { name: 'Notes' }).fill('Compare with the Bucharest declaration');
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();

    const search = page.getByRole('searchbox', { name: 'Search' });
    const results = page.locator('.search-results .result');
    /** Types a query and waits until the results shown are the answer to it. */
    const searchFor = async (query: string) => {
      await search.fill(query);
      await page.locator('.search-results [role="status"]', { hasText: `for “${query}”` }).waitFor();
    };
    await searchFor('Kaliningrad');
    assert.equal(await results.first().locator('mark').first().textContent(), 'Kaliningrad');
    // The story and its copy match in the same words: one result, naming the site of each.
    const story = results.filter({ hasText: 'Also in' });
    assert.equal(await story.count(), 1);
    const sites = [await story.locator('.result-site').textContent(), (await story.locator('.result-also').textContent())?.replace('Also in ', '')];
    assert.deepEqual(sites.sort(), ['AtomInfo.Ru', 'RIA Novosti']);
    assert.equal(await results.count(), 1, 'the copy is not listed again');
    await searchFor('annual report');
    assert.ok((await results.filter({ hasText: 'Highlight' }).count()) >= 1, 'the highlight is found by its quote');
    await searchFor('Bucharest');
    assert.ok((await results.filter({ hasText: 'Note' }).count()) >= 1, 'the note is found by its words');
    await searchFor('Rasmusen');
    assert.ok((await results.count()) >= 4, 'a typo still finds the articles about Rasmussen');

    await searchFor('piracy');
    await results.filter({ hasText: 'piracy' }).first().click();
    await page.waitForFunction(() => document.documentElement.dataset.searchHit === 'piracy');
    const inView = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.article-body p')].find((el) => el.textContent?.includes('piracy'));
      const box = p?.getBoundingClientRect();
      return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
    });
    assert.ok(inView, 'the paragraph with the match is on screen');

    // Keys that confirm or steer an input method's composition (Japanese, Chinese) are left to it:
    // the search box does not take them (a key it acts on, it keeps from the input method).
    await searchFor('Kaliningrad');
    const takenWhileComposing = await page.evaluate(() =>
      ['Enter', 'ArrowDown'].filter((key) => {
        const press = new KeyboardEvent('keydown', { key, isComposing: true, bubbles: true, cancelable: true });
        document.getElementById('search-box')?.dispatchEvent(press);
        return press.defaultPrevented;
      }),
    );
    assert.deepEqual(takenWhileComposing, []);

    // Enter, pressed at once after typing, opens the best result at its match; the keys go to the reader.
    await search.fill('Kaliningrad');
    await search.press('Enter');
    await page.waitForFunction(() => document.documentElement.dataset.searchHit === 'Kaliningrad');
    const best = (await results.first().locator('.result-title').textContent())?.replace(/^Article\s*/, '').trim();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), best);
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'search-box', 'the search box gave up the keys');
    await search.fill('');
  });

  test('a narrow window keeps every toolbar button in view and most of its width for the story', async () => {
    await openArticle(page, RIA);
    try {
      // 720 px is the desktop window's smallest width; 1024 a small laptop's half screen.
      for (const width of [720, 1024]) {
        await page.setViewportSize({ width, height: 600 });
        const boxes = await page.locator('.toolbar button, .toolbar summary, .toolbar select').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
        for (const right of boxes) assert.ok(right <= width, `a toolbar control ends at ${Math.round(right)} px, past the window's ${width}`);
        const reader = await page.locator('.reader-pane').boundingBox();
        assert.ok(reader && reader.width >= width * 0.5, `the reading column is ${Math.round(reader?.width ?? 0)} px of ${width}`);
        // Under the story in the narrow window, folded there as the window is short; beside it in the wider one.
        const note = await page.getByRole(width > 900 ? 'textbox' : 'button', { name: width > 900 ? 'Notes' : 'Fold notes' }).boundingBox();
        assert.ok(note && note.x + note.width <= width && note.y + note.height <= 600, 'the note, or its panel’s header, is in view');
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('in a narrow window the notes under the story fold to their header: on their own when the window is short, with their button, and n opens them', async () => {
    await openArticle(page, RIA);
    const fold = page.getByRole('button', { name: 'Fold notes' });
    const note = page.getByRole('textbox', { name: 'Notes' });
    const readerHeight = async () => (await page.locator('.reader-pane').boundingBox())?.height ?? 0;
    let written = '';
    try {
      await page.setViewportSize({ width: 720, height: 900 });
      assert.equal(await fold.getAttribute('aria-expanded'), 'true', 'a tall window shows the notes');
      assert.ok(await note.isVisible());
      written = await note.inputValue();
      await page.setViewportSize({ width: 720, height: 600 });
      await page.waitForFunction(() => document.querySelector('.notes-panel')?.classList.contains('folded'));
      assert.equal(await fold.getAttribute('aria-expanded'), 'false', 'a short one folds them');
      assert.ok(!(await note.isVisible()));
      const highlights = await page.locator('.reader mark').evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-highlight-id'))).size);
      assert.match((await page.locator('.fold-summary').textContent()) ?? '', new RegExp(`^\\d+ words? · ${highlights} highlights?$`), 'the header says what the folded panel holds');
      const folded = await readerHeight();
      assert.ok(folded >= 400, `the story has ${Math.round(folded)} px of the window's 600`);

      await page.locator('.reader h1').click();
      await page.keyboard.press('n');
      await page.waitForFunction(() => document.activeElement?.id === 'note-editor');
      assert.equal(await fold.getAttribute('aria-expanded'), 'true', 'n opened them');
      await note.fill('Folded but kept.');
      await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
      assert.ok((await readerHeight()) < folded, 'open, the notes take room from the story');

      await fold.click();
      assert.equal(await fold.getAttribute('aria-expanded'), 'false');
      assert.equal(await readerHeight(), folded, 'folded, the story has its room back');
      assert.match((await page.locator('.fold-summary').textContent()) ?? '', /^3 words · /);
      await page.setViewportSize({ width: 720, height: 900 });
      assert.ok(!(await note.isVisible()), 'folded by hand, they stay folded in a taller window');
      await fold.click();
      assert.equal(await note.inputValue(), 'Folded but kept.');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    assert.ok(await note.isVisible(), 'a wide window shows the notes beside the story');
    assert.ok(!(await fold.isVisible()), 'and has nothing to fold');
    await note.fill(written);
    await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
  });

  /**
   * The texts of rows in `scope` that their fixed-height row squeezes: a box shorter than its lines
   * need (a title's first two, the line-clamp's; every other text's one), its descenders cut off.
   */
  const cutShort = (scope: string): Promise<string[]> =>
    page.locator(`${scope} :is(.item-title, .item-meta, .timeline-date)`).evaluateAll((els) =>
      els
        .filter((el) => {
          const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight);
          const needed = el.classList.contains('item-title') && lineHeight > 0 ? Math.min(el.scrollHeight, Math.round(2 * lineHeight)) : el.scrollHeight;
          return el.clientHeight < needed;
        })
        .map((el) => el.textContent ?? ''),
    );

  test('the timeline lays the stories out by date, copies once', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const months = await page.getByRole('region', { name: 'Timeline' }).getByRole('heading', { level: 3 }).allTextContents();
    assert.deepEqual(months, ['November 2010', 'June 2011', 'January 2013', 'Date unknown']);
    assert.equal(await page.locator('.timeline-story').count(), 4);
    assert.deepEqual(await cutShort('.timeline'), [], 'no date, title or site of the timeline is cut short');
    await page.getByRole('tab', { name: 'Library' }).click();
    assert.deepEqual(await cutShort('.article-list'), [], 'no title or site of the list is cut short');
  });

  test('sort, filter and counts', async () => {
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
    const titles = await options().filter({ hasNot: page.locator('.version-item') }).locator('.item-title').allTextContents();
    const sorted = [...titles].sort((a, b) => a.localeCompare(b));
    assert.deepEqual(titles.filter((t, i) => titles.indexOf(t) === i), sorted.filter((t, i) => sorted.indexOf(t) === i));
    await page.getByRole('combobox', { name: 'Filter by site' }).selectOption({ label: 'RFE/RL (1)' });
    assert.equal(await options().count(), 1);
    await page.getByText('1 of 5').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('checkbox', { name: 'Has notes or highlights' }).check();
    assert.equal(await options().count(), 1);
    await page.getByRole('checkbox', { name: 'Has notes or highlights' }).uncheck();
    await page.getByRole('combobox', { name: 'Filter by reading' }).selectOption('unread');
    const unread = await options().count();
    assert.ok(unread >= 1 && unread < 5, `opened articles are read, the others unread (${unread} unread)`);
  });
});
