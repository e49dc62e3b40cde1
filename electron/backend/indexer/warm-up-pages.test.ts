// Runs in Node (tests). The pages the extractor's warm-up makes from the bundled captures: the same
// every time, each one new, every line of page furniture on some page, and each one a page the
// extractor reads as it reads any capture.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from './index-library.js';
import { readSeed, seedFiles } from './seeds.fixture.js';
import { FURNITURE, warmUpPages } from './warm-up-pages.js';

const seeds = () => seedFiles().map((name) => ({ name, text: readSeed(name) }));

test('the warm-up pages are the same on every call, each named once and unlike any capture', () => {
  const pages = warmUpPages(seeds());
  assert.deepEqual(warmUpPages(seeds()), pages);
  assert.equal(new Set(pages.map((page) => page.name)).size, pages.length);
  const captures = new Set(seeds().map((seed) => seed.text));
  for (const page of pages) assert.ok(!captures.has(page.text), `${page.name} is a capture as it was`);
  assert.ok(pages.length >= seeds().length * 8, `${pages.length} pages`);
});

test('every line of page furniture is on some warm-up page', () => {
  const text = warmUpPages(seeds()).map((page) => page.text).join('\n');
  for (const line of Object.values(FURNITURE).flat()) assert.ok(text.includes(line), `"${line}" is on no page`);
});

test('the extractor reads every warm-up page without failing, and most as an article', () => {
  const pages = warmUpPages(seeds());
  const articles = pages.filter((page) => articleFromText(page.name, page.text).ok);
  assert.ok(articles.length >= pages.length * 0.8, `${articles.length} of ${pages.length} pages read as articles`);
  assert.ok(pages.some((page) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(page.text)), 'a page in Chinese or Japanese');
});

test('no captures, no pages', () => {
  assert.deepEqual(warmUpPages([]), []);
});
