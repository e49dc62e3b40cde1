// Runs in Node (tests). The timeline's rows: stories by date, oldest first, each month under one
// heading, undated stories last, copies left out (their original stands for them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { monthOf, timelineRows } from '../../renderer/src/model/timeline.js';
import { summary } from './article-summary.fixture.js';

test('months in date order, each heading once, its stories oldest first; undated last; no copies', () => {
  const list = [
    summary('late', { published: '2011-06-30' }),
    summary('undated'),
    summary('early', { published: '2010-11-20T10:00' }),
    summary('copy', { published: '2010-11-21', duplicateOf: 'early' }),
    summary('mid', { published: '2011-06-02' }),
  ];
  const { rows, headings } = timelineRows(list);
  assert.deepEqual(
    rows.map((row) => (typeof row === 'string' ? `# ${row}` : row.id)),
    ['# November 2010', 'early', '# June 2011', 'mid', 'late', '# Date unknown', 'undated'],
  );
  assert.deepEqual(headings, [0, 2, 5]);
});

/** The timeline as first written, one sort of every dated story: the order the faster one must keep. */
function referenceRows(list: readonly ArticleSummary[]): Array<string> {
  const stories = list.filter((a) => a.duplicateOf === null);
  const dated = stories.filter((a) => a.published).sort((a, b) => ((a.published as string) < (b.published as string) ? -1 : (a.published as string) > (b.published as string) ? 1 : 0));
  const months = new Map<string, ArticleSummary[]>();
  for (const story of [...dated, ...stories.filter((a) => !a.published)]) {
    const month = monthOf(story.published);
    months.set(month, [...(months.get(month) ?? []), story]);
  }
  return [...months].flatMap(([month, group]) => [`# ${month}`, ...group.map((a) => a.id)]);
}

test('the same rows as one stable sort of every dated story, times, ties and odd dates included', () => {
  const published = fc.oneof(
    fc.constant(null),
    fc.constantFrom('2010-11-20', '2010-11-20T10:00', '2010-11-20T09:30', '2010-11-21', '2011-06-02', '2011-06', '2011', 'not a date', ''),
  );
  const article = fc.record({ published, copy: fc.boolean() });
  fc.assert(
    fc.property(fc.array(article, { maxLength: 40 }), (specs) => {
      const list = specs.map((spec, i) => summary(`a${i}`, { published: spec.published, duplicateOf: spec.copy ? 'a0' : null }));
      const { rows, headings } = timelineRows(list);
      assert.deepEqual(rows.map((row) => (typeof row === 'string' ? `# ${row}` : row.id)), referenceRows(list));
      assert.deepEqual(headings, rows.flatMap((row, i) => (typeof row === 'string' ? [i] : [])));
    }),
    { numRuns: 2000 },
  );
});
