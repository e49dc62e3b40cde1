// Runs in Node (tests). The timeline's rows: stories by date, oldest first, each month under one
// heading, undated stories last, copies left out (their original stands for them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineRows } from '../../renderer/src/model/timeline.js';
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
