// Runs in Node (tests). Search over the real seed articles, their highlights and notes.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { bodyText, type IndexedArticle } from '../indexer/article.js';
import { indexLibrary } from '../indexer/index-library.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { SearchIndex } from './search-index.js';
import { snippetOf } from './snippet.js';

describe('search over the seeds', () => {
  let articles: IndexedArticle[];
  let index: SearchIndex;
  const byFile = (prefix: string) => articles.find((a) => a.file.startsWith(prefix)) as IndexedArticle;

  before(async () => {
    articles = (await indexLibrary(BUNDLED_LIBRARY)).articles;
    index = new SearchIndex();
    index.reset(articles.map((a) => ({ id: a.id, title: a.title, site: a.site, body: bodyText(a.paragraphs) })));
  });

  test('finds words in article bodies, with a snippet that marks them', () => {
    const hits = index.search('Kaliningrad');
    assert.deepEqual(new Set(hits.map((h) => h.articleId)), new Set([byFile('000').id, byFile('001').id]));
    for (const hit of hits) {
      assert.equal(hit.kind, 'article');
      const [start, end] = hit.marks[0] ?? [0, 0];
      assert.equal(hit.snippet.slice(start, end), 'Kaliningrad');
      const body = bodyText(articles.find((a) => a.id === hit.articleId)?.paragraphs ?? []);
      assert.equal(body.slice(hit.position ?? 0, (hit.position ?? 0) + 'Kaliningrad'.length), 'Kaliningrad');
    }
  });

  test('matches word beginnings and forgives typos', () => {
    assert.ok(index.search('Kalinin').some((h) => h.articleId === byFile('000').id));
    assert.ok(index.search('Rasmusen').length >= 5, 'a missing letter still finds Rasmussen');
    assert.ok(index.search('Lisbn summit').some((h) => h.articleId === byFile('003').id));
  });

  test('ranks a title match above a passing mention', () => {
    const [best] = index.search('legal guarantees');
    assert.equal(best?.articleId, byFile('004').id);
  });

  test('finds highlights by their quote or note, and notes by their words', () => {
    const article = byFile('002');
    index.setAnnotations(article.id, {
      note: 'Compare the Chicago summit timeline',
      highlights: [{ id: 'h1', quote: 'all-weather forum', note: 'a phrase worth quoting' }],
    });
    const noteHit = index.search('timeline').find((h) => h.kind === 'note');
    assert.equal(noteHit?.articleId, article.id);
    const quoteHit = index.search('weather forum').find((h) => h.kind === 'highlight');
    assert.equal(quoteHit?.highlightId, 'h1');
    assert.ok(index.search('worth quoting').some((h) => h.highlightId === 'h1'));

    index.setAnnotations(article.id, { note: '', highlights: [] });
    assert.equal(index.search('worth quoting').length, 0, 'removed annotations are no longer found');
  });

  test('an empty query finds nothing', () => {
    assert.deepEqual(index.search('   '), []);
  });
});

describe('snippets', () => {
  test('cut at word boundaries around the first match, with ellipses', () => {
    const text = `${'word '.repeat(40)}the needle is here ${'tail '.repeat(60)}`;
    const snippet = snippetOf(text, ['needle']);
    assert.match(snippet.text, /^…word/);
    assert.match(snippet.text, /…$/);
    const [start, end] = snippet.marks[0] ?? [0, 0];
    assert.equal(snippet.text.slice(start, end), 'needle');
    assert.equal(snippet.position, text.indexOf('needle'));
  });

  test('mark whole words that start with a matched term, in any case', () => {
    const snippet = snippetOf('Missiles and a missile: MISSILE', ['missile']);
    assert.deepEqual(snippet.marks.map(([s, e]) => snippet.text.slice(s, e)), ['Missiles', 'missile', 'MISSILE']);
  });

  test('never mark inside a word', () => {
    assert.deepEqual(snippetOf('antimissile', ['missile']).marks, []);
  });
});
