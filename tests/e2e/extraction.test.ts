// Runs in Node (tests). Extraction as a reader meets it, in browser mode on the seeds: "Show original"
// shows the whole capture with the dropped parts dimmed, the two versions of the RIA Novosti story
// are grouped in the library, the version switch moves between them, and "Compare versions" marks
// the words that differ; Japanese and accented text is found by search. Screenshots go to /tmp for a person to look at.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle } from './support/reader-page.js';

const TITLE = 'NATO Hopes for Missile Defense Accord with Russia';

describe('extraction in the reader', () => {
  let session: AppSession;
  let page: Page;

  before(async () => {
    session = await AppSession.start();
    page = session.page;
  });

  after(() => session?.close());

  /** Saves a story to the library, waits for it to be listed, searches, and returns its result. */
  async function searchNewStory(file: string, headline: string, body: string, query: string): Promise<Locator> {
    await writeFile(path.join(session.library, file), `${headline}\n\n${body}\n`);
    const search = page.getByRole('searchbox', { name: 'Search' });
    // Results take the list's place: it shows again once the box is empty.
    await search.fill('');
    await page.getByRole('listbox', { name: 'Library' }).getByRole('option', { name: new RegExp(headline) }).waitFor();
    await search.fill(query);
    const result = page.locator('.search-results .result', { hasText: headline });
    await result.waitFor();
    return result;
  }

  test('the library groups the two versions of one story', async () => {
    const options = page.getByRole('listbox', { name: 'Library' }).getByRole('option');
    const original = options.filter({ hasText: TITLE }).first();
    assert.match((await original.textContent()) ?? '', /Also published by AtomInfo\.Ru/);
    const copy = options.filter({ hasText: 'Version from AtomInfo.Ru' });
    assert.equal(await copy.count(), 1);
  });

  test('"Show original" shows the whole capture with removed lines dimmed', async () => {
    await openArticle(page, TITLE);
    assert.equal(await page.locator('.article-body').getAttribute('lang'), 'en');
    const toggle = page.getByRole('button', { name: 'Show original' });
    await toggle.click();
    const view = page.getByRole('region', { name: 'Original capture' });
    await view.waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const removed = view.locator('.original-line[data-role="removed"]');
    assert.ok((await removed.count()) > 10, 'menus, teasers and footers are there');
    const footer = view.locator('.original-line[data-role="removed"]', { hasText: '© 2014 RIA Novosti' });
    assert.equal(await footer.count(), 1);
    const dim = Number(await footer.evaluate((el) => getComputedStyle(el).opacity));
    assert.ok(dim < 0.6, `removed lines are dimmed (opacity ${dim})`);
    const body = view.locator('.original-line[data-role="body"]');
    assert.equal(await body.count(), 8);
    assert.equal(Number(await body.first().evaluate((el) => getComputedStyle(el).opacity)), 1);
    assert.equal(await page.locator('.article-body').isVisible(), false, 'the original replaces the story while open');
    await page.screenshot({ path: '/tmp/lectern-original-view.png' });
    await toggle.click();
    await view.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.article-body').isVisible(), true);
  });

  test('the version switch moves between sites, and "Compare versions" marks what differs', async () => {
    const versions = page.getByRole('group', { name: 'Versions' });
    await versions.getByRole('button', { name: 'AtomInfo.Ru' }).click();
    await page.locator('.meta-line', { hasText: 'AtomInfo.Ru' }).waitFor();
    assert.equal(await versions.getByRole('button', { name: 'AtomInfo.Ru' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await versions.getByRole('button', { name: 'RIA Novosti' }).getAttribute('aria-pressed'), 'false');

    await page.getByRole('button', { name: 'Compare versions' }).click();
    const compare = page.getByRole('region', { name: 'Compare versions' });
    await compare.waitFor();
    // RIA Novosti's copy starts with its dateline; AtomInfo.Ru's does not.
    const removed = (await compare.locator('.compare-text del').allTextContents()).join(' ');
    assert.match(removed, /BRUSSELS/);
    assert.match((await compare.locator('.compare-text').textContent()) ?? '', /NATO Secretary General Anders Fogh Rasmussen/);
    await page.screenshot({ path: '/tmp/lectern-compare-view.png' });

    await versions.getByRole('button', { name: 'RIA Novosti' }).click();
    await page.locator('.meta-line', { hasText: 'BRUSSELS' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Compare versions' }).count(), 0, 'switching version closes the comparison');
  });

  test('the byline a page prints without "By" shows in the metadata line, with the agency and the date', async () => {
    const headline = 'Federal officers charged over records at the jail';
    const story =
      'The first paragraph of the story is long enough to count as prose and it is written as a sentence.\n\n' +
      'The second paragraph of the story also reads like prose, with the usual words of a news report in it.\n';
    // Dropped into the open library: the folder watcher lists it.
    await writeFile(path.join(session.library, 'wire-story.txt'), `World\n\n${headline}\n\nTom Krisher, AP Auto Writer\n\nNovember 19, 2019\n\n${story}`);
    await openArticle(page, headline);
    const meta = page.locator('.meta-line');
    await meta.filter({ hasText: 'By Tom Krisher' }).waitFor();
    assert.match((await meta.textContent()) ?? '', /^By Tom Krisher · via AP · 19 Nov 2019 · \d+ min read$/);
  });

  test('a Japanese article\'s reading time counts its characters, not its few word tokens', async () => {
    const headline = '東京の古い橋が閉鎖へ';
    // 2,800 characters (35 a sentence, its full stop aside): seven minutes at 400 a minute.
    const body = Array.from({ length: 80 }, () => '東京の古い橋は二年間の修理のために閉鎖されると市議会が月曜日に発表した。').join('');
    await writeFile(path.join(session.library, 'japanese.txt'), `${headline}\n\n${body}\n`);
    await openArticle(page, headline);
    await page.locator('.meta-line', { hasText: '7 min read' }).waitFor();
    assert.equal(await page.locator('.time-left').textContent(), '7 min left');
    // In its own language, for screen readers' voices and Japanese glyph forms; the app's controls stay English.
    assert.equal(await page.locator('.article-body').getAttribute('lang'), 'ja');
    assert.equal(await page.locator('#article-title').getAttribute('lang'), 'ja');
    assert.equal(await page.getByRole('button', { name: 'Show original' }).evaluate((button) => button.closest('[lang]')?.getAttribute('lang')), 'en');
  });

  test('a word inside a Japanese sentence is found, marked in the result and in the story', async () => {
    const headline = '古い商品の改造に注意';
    const body = '経済産業省は月曜日、商品の改造が商標法違反になる場合があると発表した。改造品の販売には注意が必要だという。';
    const result = await searchNewStory('japanese-trademarks.txt', headline, body, '商標法');
    assert.deepEqual(await result.locator('mark').allTextContents(), ['商標法']);
    await result.click();
    await page.waitForFunction(() => document.documentElement.dataset.searchHit === '商標法');
  });

  test('a search typed without accents finds the words with them, marked as the story writes them', async () => {
    const headline = 'Prefeitura de São Paulo anuncia novo plano';
    const body = 'A prefeitura de São Paulo anunciou na segunda-feira um novo plano para o transporte da cidade.';
    const result = await searchNewStory('sao-paulo.txt', headline, body, 'sao paulo transporte');
    assert.deepEqual(await result.locator('mark').allTextContents(), ['São', 'Paulo', 'transporte']);
    await result.click();
    await page.waitForFunction(() => document.documentElement.dataset.searchHit === 'São');
  });
});
