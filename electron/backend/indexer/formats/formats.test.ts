// Runs in Node. Markdown with front matter and saved HTML pages read as articles with the same
// metadata fields as captures; real files in a temp folder, indexed like a library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { indexLibrary } from '../index-library.js';
import { extractMarkdown } from './markdown.js';
import { extractHtml } from './html.js';

const PARA = 'The council said on Monday that the old bridge would close for two years of repairs, and that a ferry would run in the meantime.';

test('markdown: front matter gives title, site, source, date, tags, author; blocks give the body', () => {
  const md = `---\ntitle: "Bridge to close"\nsite: Town Gazette\nsource: Reuters\npublished: 2019-11-20T08:40:00Z\ntags: [roads, council]\nauthor: Ann Lee\n---\n\n# Ignored heading becomes body? no: title already set\n\n${PARA}\n\n- First **item** with a [link](http://x.invalid)\n\n## Next steps\n\nMore text here.\n`;
  const { article, lines } = extractMarkdown(md);
  assert.equal(article.title, 'Bridge to close');
  assert.equal(article.site, 'Town Gazette');
  assert.equal(article.source, 'Reuters');
  assert.equal(article.published, '2019-11-20T08:40');
  assert.deepEqual(article.tags, ['roads', 'council']);
  assert.equal(article.byline, 'Ann Lee');
  assert.equal(article.language, 'en');
  assert.ok(article.paragraphs.includes(PARA));
  assert.ok(article.paragraphs.includes('First item with a link'));
  assert.ok(article.paragraphs.includes('Next steps'));
  assert.ok(lines.some((l) => l.role === 'meta' && l.text.startsWith('title:')));
});

test('markdown: without front matter the first "# " heading is the title; a year-less date stays partial', () => {
  const { article } = extractMarkdown(`---\ndate: April 19\n---\n# The Headline\n\n${PARA}\n`);
  assert.equal(article.title, 'The Headline');
  assert.equal(article.published, null);
  assert.equal(article.publishedPartial, '04-19');
  assert.deepEqual(article.paragraphs, [PARA]);
});

test('markdown: broken YAML does not lose the body', () => {
  const { article } = extractMarkdown(`---\ntitle: [unclosed\n---\n${PARA}\n`);
  assert.equal(article.title, null);
  assert.deepEqual(article.paragraphs, [PARA]);
});

const HTML = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bridge to close | Town Gazette</title>
<meta property="og:site_name" content="Town Gazette"><meta property="article:published_time" content="2019-11-20T08:40:00+00:00">
<meta name="author" content="Ann Lee"><meta property="article:tag" content="roads"><meta property="article:tag" content="council"></head>
<body><nav><ul><li>Home</li><li>News</li><li>Sport</li></ul></nav>
<article><h1>Bridge to close for two years</h1>
<p>${PARA}</p><p>${PARA.replace('council', 'mayor')}</p><p>${PARA.replace('bridge', 'tunnel')}</p></article>
<footer><p>© 2019 Town Gazette. All rights reserved.</p></footer></body></html>`;

test('html: Readability finds the story; meta tags give site, date, author, tags, language', () => {
  const { article, lines } = extractHtml(HTML);
  assert.equal(article.site, 'Town Gazette');
  assert.equal(article.published, '2019-11-20T08:40');
  assert.equal(article.byline, 'Ann Lee');
  assert.deepEqual(article.tags, ['roads', 'council']);
  assert.equal(article.language, 'en');
  assert.equal(article.paragraphs.length, 3);
  assert.equal(article.paragraphs[0], PARA);
  assert.ok(!article.paragraphs.some((p) => p.includes('All rights reserved')));
  assert.ok(lines.some((l) => l.role === 'removed' && l.text === 'Home'));
  assert.ok(lines.some((l) => l.role === 'body' && l.text === PARA));
});

test('a library indexes .txt, .md and .html side by side', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lectern-formats-'));
  await writeFile(path.join(root, 'a.md'), `---\ntitle: From Markdown\n---\n${PARA}\n`);
  await writeFile(path.join(root, 'b.html'), HTML);
  await writeFile(path.join(root, 'c.htm'), HTML.replace('Bridge to close for two years', 'Another headline here'));
  const index = await indexLibrary(root);
  assert.deepEqual(index.errors, []);
  assert.deepEqual(index.articles.map((a) => [a.file, a.format]), [['a.md', 'md'], ['b.html', 'html'], ['c.htm', 'html']]);
  assert.equal(index.articles[0]?.title, 'From Markdown');
  assert.ok((index.articles[1]?.readingMinutes ?? 0) >= 1);
});
