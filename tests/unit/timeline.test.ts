// Runs in Node (tests). The timeline's rows: stories by date, oldest first, each month under one
// heading, undated stories last, copies left out (their original stands for them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { sortedBy } from '../../renderer/src/model/list-order.js';
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
  const { rows, headings } = timelineRows(sortedBy(list, 'date'));
  assert.deepEqual(
    rows.map((row) => (typeof row === 'string' ? `# ${row}` : row.id)),
    ['# November 2010', 'early', '# June 2011', 'mid', 'late', '# Date unknown', 'undated'],
  );
  assert.deepEqual(headings, [0, 2, 5]);
});

/**
 * The timeline as first written, one stable sort of every dated story (taken in title order, as the
 * library's date order breaks ties), then grouped by month: the order the one-pass version must keep.
 * A date with no month ("2011", text) is listed under "Date unknown", before the undated stories.
 */
function referenceRows(list: readonly ArticleSummary[]): Array<string> {
  const stories = sortedBy(list, 'title').filter((a) => a.duplicateOf === null);
  const byDate = (x: ArticleSummary[]) => x.sort((a, b) => ((a.published as string) < (b.published as string) ? -1 : (a.published as string) > (b.published as string) ? 1 : 0));
  const dated = byDate(stories.filter((a) => a.published && monthOf(a.published) !== 'Date unknown'));
  const unknown = [...byDate(stories.filter((a) => a.published && monthOf(a.published) === 'Date unknown')), ...stories.filter((a) => !a.published)];
  const months = new Map<string, ArticleSummary[]>();
  for (const story of [...dated, ...unknown]) {
    const month = monthOf(story.published);
    months.set(month, [...(months.get(month) ?? []), story]);
  }
  return [...months].flatMap(([month, group]) => [`# ${month}`, ...group.map((a) => a.id)]);
}

test('the same rows as one stable sort of every dated story, times, ties and odd dates included', () => {
  const published = fc.oneof(
    fc.constant(null),
    fc.constantFrom('2010-11-20', '2010-11-20T10:00', '2010-11-20T09:30', '2010-11-21', '2010-12-01', '2011-06-02', '2011-06', '2011', '2011-13-01', 'not a date', ''),
  );
  const article = fc.record({ published, copy: fc.boolean(), title: fc.constantFrom('Alpha', 'beta', 'Été', 'alpha', 'Zulu') });
  fc.assert(
    fc.property(fc.array(article, { maxLength: 40 }), (specs) => {
      const list = specs.map((spec, i) => summary(`a${i}`, { published: spec.published, title: spec.title, duplicateOf: spec.copy ? 'a0' : null }));
      const { rows, headings } = timelineRows(sortedBy(list, 'date'));
      assert.deepEqual(rows.map((row) => (typeof row === 'string' ? `# ${row}` : row.id)), referenceRows(list));
      assert.deepEqual(headings, rows.flatMap((row, i) => (typeof row === 'string' ? [i] : [])));
      assert.equal(new Set(rows.filter((row) => typeof row === 'string')).size, headings.length, 'each heading once');
    }),
    { numRuns: 2000 },
  );
});
