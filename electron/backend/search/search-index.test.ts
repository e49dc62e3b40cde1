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
      assert.equal(body.slice(hit.position ?? 0, (hit.position ?? 0) + hit.length), 'Kaliningrad');
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

/** A search index of articles that are only a body, by id. */
function indexOfBodies(bodies: Record<string, string>): SearchIndex {
  const index = new SearchIndex();
  index.reset(Object.entries(bodies).map(([id, body]) => ({ id, title: null, site: null, body })));
  return index;
}

describe('search in Chinese, Japanese and Korean', () => {
  const BODIES: Record<string, string> = {
    ja: '経済産業省は、商品の改造が商標法違反になる場合があると発表した。改造品の販売には注意が必要だ。',
    zh: '北约秘书长表示，导弹防御系统不针对俄罗斯。',
    ko: '대통령은 서울에서 기자회견을 열었다.',
    // Latin letters and digits written full width, as Japanese text often has them.
    wide: 'ＮＨＫによると、新しい規則は２０１９年に発表された。',
    // Katakana written half width (old systems, shop listings), and written full width.
    half: 'ｶﾞｲﾄﾞﾌﾞｯｸの新版が発売された。',
    full: '昨日テレビのニュースで見た。',
  };
  const index = indexOfBodies(BODIES);

  /** What the first hit's snippet marks, and what its position and length point at in the body. */
  function firstMatch(query: string): { ids: string[]; marked: string[]; atPosition: string } {
    const hits = index.search(query);
    const [hit] = hits;
    const body = BODIES[hit?.articleId ?? ''] ?? '';
    return {
      ids: hits.map((h) => h.articleId),
      marked: (hit?.marks ?? []).map(([start, end]) => hit?.snippet.slice(start, end) ?? ''),
      atPosition: body.slice(hit?.position ?? 0, (hit?.position ?? 0) + (hit?.length ?? 0)),
    };
  }

  test('finds a word in the middle of a clause, and marks just that word', () => {
    assert.deepEqual(firstMatch('商標法'), { ids: ['ja'], marked: ['商標法'], atPosition: '商標法' });
    assert.deepEqual(firstMatch('改造'), { ids: ['ja'], marked: ['改造', '改造'], atPosition: '改造' });
    assert.deepEqual(firstMatch('导弹防御'), { ids: ['zh'], marked: ['导弹防御'], atPosition: '导弹防御' });
    assert.deepEqual(firstMatch('서울'), { ids: ['ko'], marked: ['서울'], atPosition: '서울' });
  });

  test('a query of several words needs each of them, wherever they stand', () => {
    assert.deepEqual(firstMatch('俄罗斯 北约').ids, ['zh']);
    assert.deepEqual(firstMatch('俄罗斯 商標').ids, []);
    assert.deepEqual(firstMatch('商品 注意').ids, ['ja']);
  });

  test('a single character is found where it starts a word, as the word being typed', () => {
    assert.deepEqual(firstMatch('导').ids, ['zh']);
    assert.deepEqual(firstMatch('商').ids, ['ja']);
  });

  test('letters and digits written full width are found by the ordinary ones, and the other way round', () => {
    assert.deepEqual(firstMatch('NHK'), { ids: ['wide'], marked: ['ＮＨＫ'], atPosition: 'ＮＨＫ' });
    assert.deepEqual(firstMatch('2019年').ids, ['wide']);
    assert.deepEqual(firstMatch('ｎｈｋ 規則').ids, ['wide']);
  });

  test('katakana written half width are found by the full-width ones, and the other way round, marked as the text writes them', () => {
    assert.deepEqual(firstMatch('ガイドブック'), { ids: ['half'], marked: ['ｶﾞｲﾄﾞﾌﾞｯｸ'], atPosition: 'ｶﾞｲﾄﾞﾌﾞｯｸ' });
    assert.deepEqual(firstMatch('ﾃﾚﾋﾞ'), { ids: ['full'], marked: ['テレビ'], atPosition: 'テレビ' });
    assert.deepEqual(firstMatch('ｶﾞｲﾄﾞ 新版').ids, ['half']);
    assert.deepEqual(firstMatch('カイト').ids, [], 'a voiced letter is not its plain one');
  });

  test('characters that stand in no clause of the text find nothing', () => {
    assert.deepEqual(firstMatch('弹道').ids, []);
    assert.deepEqual(firstMatch('東京').ids, []);
  });
});

describe('search without accents', () => {
  const BODIES: Record<string, string> = {
    br: 'O presidente visitou São Paulo na segunda-feira.',
    mx: 'Enrique Peña Nieto habló con la prensa.',
    en: 'Officials in Sao Paulo said nothing.',
  };
  const index = indexOfBodies(BODIES);

  test('a word typed without its accents finds it with them, marked as the text writes it', () => {
    const hits = index.search('sao paulo');
    assert.deepEqual(new Set(hits.map((h) => h.articleId)), new Set(['br', 'en']));
    const br = hits.find((h) => h.articleId === 'br');
    assert.deepEqual(br?.marks.map(([start, end]) => br.snippet.slice(start, end)), ['São', 'Paulo']);
    assert.equal(BODIES.br?.slice(br?.position ?? 0, (br?.position ?? 0) + (br?.length ?? 0)), 'São');
    assert.deepEqual(index.search('pena nieto').map((h) => h.articleId), ['mx']);
  });

  test('a word typed with accents finds it without them too', () => {
    assert.deepEqual(new Set(index.search('São').map((h) => h.articleId)), new Set(['br', 'en']));
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

  test('mark pairs of Japanese characters joined where they overlap, and words of other scripts beside them', () => {
    const snippet = snippetOf('NATOは商標法違反と商標を', ['商標', '標法', 'nato']);
    assert.deepEqual(snippet.marks.map(([s, e]) => snippet.text.slice(s, e)), ['NATO', '商標法', '商標']);
    assert.equal(snippet.position, 0);
    assert.equal(snippet.length, 4);
    const joined = snippetOf('まず商標法', ['商標', '標法']);
    assert.deepEqual([joined.position, joined.length], [2, 3]);
  });

  test('show the match of a long text written without spaces, with the text around it', () => {
    const text = `${'東京の古い橋は修理のために閉鎖される。'.repeat(30)}商標法違反になる場合がある。${'市議会が月曜日に発表した。'.repeat(30)}`;
    const snippet = snippetOf(text, ['商標', '標法']);
    assert.deepEqual(snippet.marks.map(([s, e]) => snippet.text.slice(s, e)), ['商標法']);
    // Cut where sentences end, since no space says where words do.
    assert.match(snippet.text, /^…東京の古い橋は.+商標法違反.+市議会が月曜日に発表した。…$/);
    assert.equal(snippet.position, text.indexOf('商標法'));
  });
});
