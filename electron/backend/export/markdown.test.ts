// Runs in Node. The Markdown export of one article: front matter, escaping, block ids, sections.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { type ExportHighlight, renderArticleMarkdown } from './markdown.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { templateView } from './template.js';
import { article, record } from './test-fixtures.js';

const exportedAt = new Date('2024-02-03T04:05:06.000Z');
const tricky = 'Rates *rose* by 2_000 # points `now`\nthen fell';
const highlights: ExportHighlight[] = [
  { id: 'hA1', quote: tricky, color: 'yellow', start: 3 },
  { id: 'hB2', quote: 'a calm second one', color: 'pink', start: 40 },
];

function frontMatterOf(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  assert.ok(match, 'front matter present');
  return parse(match[1] ?? '');
}

describe('renderArticleMarkdown', () => {
  const doc = renderArticleMarkdown(article({ tags: ['NATO', 'missile defence'], byline: 'Anna: "Smith"' }), record('## My take\n\nIt *matters*.', 2), highlights, exportedAt);

  test('front matter parses back to the same values, quotes, colons and Cyrillic included', () => {
    assert.deepEqual(frontMatterOf(doc.markdown), {
      title: 'NATO: "Hopes" for an accord — Россия и НАТО',
      byline: 'Anna: "Smith"',
      site: 'RIA Novosti',
      source: 'Xinhua',
      published: '2011-05-03',
      dateline: 'MOSCOW',
      file: 'world/nato-accord.html',
      tags: ['NATO', 'missile-defence'],
      highlights: 2,
      exported: '2024-02-03T04:05:06.000Z',
    });
  });

  test('title heading and quiet metadata line', () => {
    assert.match(doc.markdown, /^# NATO: "Hopes" for an accord — Россия и НАТО$/m);
    assert.match(doc.markdown, /^By Anna: "Smith" · RIA Novosti · Xinhua · 2011-05-03 · MOSCOW$/m);
    assert.equal(doc.fileName, 'NATO Hopes for an accord — Россия и НАТО.md');
  });

  test('highlights are escaped blockquotes, each followed by its block id, colour and deep link', () => {
    const expected =
      '## Highlights\n\n' +
      '> Rates \\*rose\\* by 2\\_000 \\# points \\`now\\`\n> then fell\n\n^h-hA1\n\n' +
      'Yellow · [Open in Lectern](lectern://open?article=art-1&highlight=hA1)\n\n' +
      '> a calm second one\n\n^h-hB2\n\nPink · [Open in Lectern](lectern://open?article=art-1&highlight=hB2)\n\n## Notes';
    assert.ok(doc.markdown.includes(expected), doc.markdown);
  });

  test('the note is kept verbatim, last, inside the generated region', () => {
    assert.ok(doc.markdown.endsWith('## Notes\n\n## My take\n\nIt *matters*.\n\n%% lectern:end %%\n'), doc.markdown);
    assert.match(doc.markdown, /^---\n\n%% lectern:begin %%\n\n# /m);
  });

  test('orphans get their own section and keep their quote; empty sections are omitted', () => {
    const orphan: ExportHighlight = { id: 'o1', quote: 'gone [text]', color: 'blue', start: null };
    const md = renderArticleMarkdown(article(), record(null, 1), [orphan], exportedAt).markdown;
    assert.ok(!md.includes('## Highlights'));
    assert.ok(!md.includes('## Notes'));
    assert.match(md, /## Could not place\n\n[^\n]+\n\n> gone \\\[text\\\]\n\n\^h-o1\n\nBlue · \[Open in Lectern\]\([^)]+\)\n\n%% lectern:end %%\n$/);
  });

  test('no title: the file name stands in; null metadata is skipped; odd ids become valid block ids', () => {
    const bare = article({ title: null, site: null, source: null, dateline: null });
    const md = renderArticleMarkdown(bare, undefined, [{ id: 'a:b/c', quote: 'q', color: 'yellow', start: 0 }], exportedAt);
    assert.equal(md.fileName, 'nato-accord.md');
    assert.match(md.markdown, /^# nato-accord$/m);
    assert.match(md.markdown, /^2011-05-03$/m);
    assert.match(md.markdown, /^\^h-a-b-c$/m);
    assert.equal((frontMatterOf(md.markdown) as { title: unknown }).title, null);
  });
});

describe('escapeMarkdownText', () => {
  const cases: Array<[string, string]> = [
    ['- not a list', '\\- not a list'],
    ['+ nor this', '\\+ nor this'],
    ['1. nor this', '1\\. nor this'],
    ['2011) nor this', '2011\\) nor this'],
    ['> not a quote', '\\> not a quote'],
    ['# not a heading', '\\# not a heading'],
    ['a | b <i>x</i> [link](u)', 'a \\| b \\<i\\>x\\</i\\> \\[link\\](u)'],
    ['back\\slash ~~gone~~ $x$ ==hi== %%c%%', 'back\\\\slash \\~\\~gone\\~\\~ \\$x\\$ \\==hi\\== \\%%c\\%%'],
    ['AT&T &amp; co', 'AT&T \\&amp; co'],
    ['    indented code?', 'indented code?'],
    ['ends with ^blockid', 'ends with \\^blockid'],
    ['emoji 👍🏽 and עברית stay', 'emoji 👍🏽 and עברית stay'],
  ];
  for (const [input, output] of cases) {
    test(JSON.stringify(input), () => assert.equal(escapeMarkdownText(input), output));
  }
});

test("a template's variables carry the byline, empty when the page printed none", () => {
  assert.equal(templateView(article({ byline: 'Kevin Johnson and Kevin McCoy' }), undefined, [], exportedAt).byline, 'Kevin Johnson and Kevin McCoy');
  assert.equal(templateView(article(), undefined, [], exportedAt).byline, '');
});
