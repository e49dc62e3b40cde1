// Runs in Node (tests). A library of a few thousand captures in browser mode: indexing shows its
// progress while the first articles are already listed, the list is virtualised (the DOM holds a
// screenful of options, and scrolling reaches the last article), and a file added to the watched
// folder appears without a reload, even in a page that lost that push. Waits on the app's state,
// never on timers; speed is the bench's job.
// Screenshots of the progress and the list go to the temp folder, to look at.
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './support/reader-page.js';
import type { ServerProcess } from './support/server-process.js';
import { listCount, serveCaptures, type ServedCaptures } from './support/synthetic-captures.js';

const COUNT = 3000;
type Handler = (message: { data: string }) => void;
interface DropGlobals {
  EventSource: new (url: string, init?: object) => { onmessage: Handler | null; addEventListener(type: string, listener: Handler): void };
  /** Set once the page is up: the next library change pushed to it is then dropped. */
  dropNext?: boolean;
  dropped?: number;
}

/** Runs in the page before its scripts: loses one pushed library change when armed, as a change
 * pushed between the page's first list and its event stream opening would be lost. */
function loseOneLibraryUpdate(): void {
  const g = globalThis as unknown as DropGlobals;
  g.dropped = 0;
  const Original = g.EventSource;
  g.EventSource = class extends Original {
    constructor(url: string, init?: object) {
      super(url, init);
      // The app's handler is kept here, and messages reach it through this filter.
      let handler: Handler | null = null;
      // Methods, not arrows: tsx names arrow properties with a helper that does not exist in the page.
      Object.defineProperty(this, 'onmessage', {
        get() {
          return handler;
        },
        set(h: Handler | null) {
          handler = h;
        },
      });
      this.addEventListener('message', (message) => {
        if (g.dropNext && message.data.includes('"event":"libraryUpdated"')) {
          g.dropNext = false;
          g.dropped = (g.dropped ?? 0) + 1;
          return;
        }
        handler?.(message);
      });
    }
  };
}

interface UpdateGlobals {
  EventSource: DropGlobals['EventSource'];
  libraryUpdates?: string[];
}

/** Runs in the page before its scripts: keeps the library changes pushed to it. */
function keepLibraryUpdates(): void {
  const g = globalThis as unknown as UpdateGlobals;
  const updates: string[] = [];
  g.libraryUpdates = updates;
  const Original = g.EventSource;
  g.EventSource = class extends Original {
    constructor(url: string, init?: object) {
      super(url, init);
      this.addEventListener('message', (message) => {
        if (message.data.includes('"event":"libraryUpdated"')) updates.push(message.data);
      });
    }
  };
}

describe('a large library in browser mode', () => {
  let browser: Browser;
  let page: Page;
  let server: ServerProcess;
  let library: string;
  const list = () => page.getByRole('listbox', { name: 'Library' });

  let served: ServedCaptures | undefined;

  before(async () => {
    served = await serveCaptures('large', COUNT);
    ({ library, server, browser, page } = served);
  });

  after(() => served?.close());

  test('indexing shows progress while the first articles are already listed', async () => {
    await openApp(page, server.url);
    const progress = page.getByRole('progressbar', { name: 'Indexing' });
    await progress.waitFor();
    await list().getByRole('option').first().waitFor();
    const now = Number(await progress.getAttribute('aria-valuenow'));
    assert.equal(Number(await progress.getAttribute('aria-valuemax')), COUNT);
    assert.ok(now < COUNT, `progress shows ${now} of ${COUNT} while indexing`);
    assert.match((await page.locator('.index-status').textContent()) ?? '', /of 3,000 files/);
    await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-large-indexing.png') });
    await progress.waitFor({ state: 'detached', timeout: 300_000 });
    // Exactly the total, not "2,990 of 3,000": every article has its row once the streaming ends.
    await listCount(page, COUNT).waitFor();
    // The site filter added up the batches as they streamed in: it says what a page counting the
    // whole list at once says, and it counts every article.
    const siteOptions = (p: Page) => p.getByRole('combobox', { name: 'Filter by site' }).locator('option').allTextContents();
    const streamed = await siteOptions(page);
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(fresh, server.url);
    await listCount(fresh, COUNT).waitFor();
    assert.deepEqual(streamed, await siteOptions(fresh));
    await fresh.close();
    const counted = streamed.map((option) => Number(/\(([\d,]+)\)$/.exec(option)?.[1]?.replace(/,/g, '') ?? 0));
    assert.equal(
      counted.reduce((sum, n) => sum + n, 0),
      COUNT,
      `site filter: ${streamed.join(' | ')}`,
    );
  });

  test('the list is virtualised: a screenful of options in the DOM, and scrolling reaches the last', async () => {
    const rendered = await list().getByRole('option').count();
    assert.ok(rendered > 5 && rendered < 100, `${rendered} options rendered for ${COUNT} articles`);
    assert.equal(await list().getByRole('option').first().getAttribute('aria-setsize'), String(COUNT));
    await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = list().locator(`[aria-posinset="${COUNT}"]`);
    await last.waitFor();
    assert.ok(await last.isVisible());
    assert.ok((await list().getByRole('option').count()) < 100);
  });

  test('a file added to the watched folder appears without a reload', async () => {
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
    await writeFile(path.join(library, 'aardvark.txt'), `Home | World\n\nAardvarks Arrive at the Summit\n\n${'The aardvark delegation said the talks in Brussels would continue after the spring, officials told reporters. '.repeat(6)}\n`);
    await list().getByRole('option', { name: /Aardvarks Arrive at the Summit/ }).waitFor();
    await listCount(page, COUNT + 1).waitFor();
    await list().getByRole('option', { name: /Aardvarks Arrive/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aardvarks Arrive at the Summit' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-large-list.png') });
  });

  test('an order chosen again is up to date: an article added, then removed, under another order', async () => {
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    const lastByTitle = async (n: number): Promise<string> => {
      await sortBy.selectOption('title');
      await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      const last = list().locator(`[aria-posinset="${n}"]`);
      await last.waitFor();
      return (await last.textContent()) ?? '';
    };
    assert.doesNotMatch(await lastByTitle(COUNT + 1), /Zebras/);
    await sortBy.selectOption('date');
    const zebra = path.join(library, 'zebra.txt');
    await writeFile(zebra, `Home | World\n\nZebras Close the Summit\n\n${'The zebra delegation closed the summit in Brussels, and the talks ended on time, officials said. '.repeat(6)}\n`);
    await listCount(page, COUNT + 2).waitFor();
    assert.match(await lastByTitle(COUNT + 2), /Zebras Close the Summit/);
    await sortBy.selectOption('date');
    await rm(zebra);
    await listCount(page, COUNT + 1).waitFor();
    assert.doesNotMatch(await lastByTitle(COUNT + 1), /Zebras/);
    await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
  });

  test('an order never chosen, sorted while the page was idle, takes in an article added after', async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(other, server.url);
    await listCount(other, COUNT + 1).waitFor();
    // The page sorts the orders it has not shown yet once the list has settled, and says so.
    await other.waitForFunction(() => document.documentElement.dataset.keptOrders === 'date title site');
    const wombat = path.join(library, 'wombat.txt');
    await writeFile(wombat, `Home | World\n\nWombats Wind Up the Summit\n\n${'The wombat delegation wound up the summit in Brussels, and the talks ended early, officials said. '.repeat(6)}\n`);
    await listCount(other, COUNT + 2).waitFor();
    await other.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    const option = (n: number) => other.getByRole('listbox', { name: 'Library' }).locator(`[aria-posinset="${n}"]`);
    assert.match((await option(1).textContent()) ?? '', /Aardvarks Arrive at the Summit/);
    await other.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await option(COUNT + 2).waitFor();
    assert.match((await option(COUNT + 1).textContent()) ?? '', new RegExp(`Story ${String(COUNT - 1).padStart(4, '0')} about`));
    assert.match((await option(COUNT + 2).textContent()) ?? '', /Wombats Wind Up the Summit/);
    await rm(wombat);
    await listCount(other, COUNT + 1).waitFor();
    await other.close();
  });

  test('a change pushed that the page never got is fetched again: the next push gives the gap away', async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.addInitScript(loseOneLibraryUpdate);
    await openApp(other, server.url);
    const count = (n: number) => listCount(other, n);
    await count(COUNT + 1).waitFor();
    await other.evaluate(() => ((globalThis as unknown as DropGlobals).dropNext = true));
    await writeFile(path.join(library, 'badger.txt'), `Home | World\n\nBadgers Brief the Council\n\n${'The badger delegation told the council in Moscow that the talks would resume, officials said. '.repeat(6)}\n`);
    await count(COUNT + 2).waitFor();
    assert.equal(await other.evaluate(() => (globalThis as unknown as DropGlobals).dropped), 1, 'the change itself never reached the page');
    await other.close();
  });

  test('a reopened large library is listed in parts, and changes pushed meanwhile are kept', async () => {
    const total = COUNT + 2;
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.addInitScript(keepLibraryUpdates);
    // The rest of the list is held back until a change has been pushed to the page meanwhile.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await other.route('**/api/call/getLibraryPart', async (route) => {
      await released;
      await route.continue();
    });
    await openApp(other, server.url);
    const listing = other.getByRole('status').filter({ hasText: `Listing 2,000 of ${total.toLocaleString('en')} articles` });
    await listing.waitFor();
    // The newest come first: the top of the list is right before the rest arrives.
    const first = other.getByRole('listbox', { name: 'Library' }).getByRole('option').first();
    assert.match((await first.textContent()) ?? '', /Story 0027/);
    // One article added, and one the rest of the list holds (the oldest) deleted.
    await writeFile(path.join(library, 'cheetah.txt'), `Home | World\n\nCheetahs Chair the Summit\n\n${'The cheetah delegation chaired the summit in Brussels, and the talks went quickly, officials said. '.repeat(6)}\n`);
    await rm(path.join(library, 'archive', '0000.txt'));
    await other.waitForFunction(() => {
      const updates = (globalThis as unknown as UpdateGlobals).libraryUpdates ?? [];
      return updates.some((u) => u.includes('cheetah.txt')) && updates.some((u) => u.includes('"removed":["'));
    });
    release();
    await listing.waitFor({ state: 'detached' });
    // Had the deletion been merged before the older part, that part would have brought it back.
    await listCount(other, total).waitFor();
    await other.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await other.getByRole('listbox', { name: 'Library' }).getByRole('option', { name: /Cheetahs Chair the Summit/ }).waitFor();
    await other.close();
  });

  test('a part of the list the backend no longer keeps: the page asks for the library again and lists it whole', async () => {
    const total = COUNT + 2;
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let asked = 0;
    await other.route('**/api/call/getLibraryPart', async (route) => {
      // The first part is refused as the backend refuses a list it dropped (restarted, or unread for minutes).
      if (++asked > 1) return route.continue();
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'not-found', message: 'That list of the library is no longer kept; ask for the library again.' } }) });
    });
    await openApp(other, server.url);
    await listCount(other, total).waitFor();
    assert.ok(asked >= 2, `the rest was asked for again (${asked} parts asked for)`);
    assert.equal(await other.getByText('no longer kept').count(), 0, 'a refusal that the page recovered from is not shown');
    await other.close();
  });
});
