// Runs in Node (tests). The library list's rows: a story's copies sit right under its original, and
// each row is drawn where the virtualised list expects it (a row with versions is taller), since the
// list only draws the rows in view and finds them by position.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { summary } from './article-summary.fixture.js';
import { groupedForLibrary, RowGeometry } from '../../renderer/src/model/library-rows.js';

const article = (id: string, duplicateOf: string | null = null): ArticleSummary => summary(id, { duplicateOf });

test('a library without versions is listed in its own order, every row plain', () => {
  const list = [article('b'), article('a'), article('c')];
  const rows = groupedForLibrary(list);
  assert.deepEqual(
    rows.order.map((a) => a.id),
    ['b', 'a', 'c'],
  );
  assert.deepEqual(rows.tallRows, []);
  assert.equal(rows.copyOf.size, 0);
});

test('copies follow their original, which names them; a copy whose original is not listed keeps its place', () => {
  const list = [article('copy1', 'orig'), article('x'), article('orig'), article('lonely', 'absent'), article('copy2', 'orig')];
  const rows = groupedForLibrary(list);
  assert.deepEqual(
    rows.order.map((a) => a.id),
    ['x', 'orig', 'copy1', 'copy2', 'lonely'],
  );
  assert.deepEqual(
    rows.copiesOf.get('orig')?.map((a) => a.id),
    ['copy1', 'copy2'],
  );
  assert.equal(rows.copyOf.get('copy2')?.id, 'orig');
  assert.equal(rows.copyOf.get('lonely'), undefined);
  assert.deepEqual(rows.tallRows, [1]);
});

test('row positions add up the heights of the rows above, and a position finds its row', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { maxLength: 60 }), fc.integer({ min: 10, max: 90 }), fc.integer({ min: 10, max: 120 }), (tallness, row, tall) => {
      const tallRows = tallness.flatMap((isTall, i) => (isTall ? [i] : []));
      const geometry = new RowGeometry(tallness.length, tallRows, row, tall);
      let top = 0;
      for (let i = 0; i < tallness.length; i++) {
        const height = tallness[i] ? tall : row;
        assert.equal(geometry.top(i), top);
        assert.equal(geometry.height(i), height);
        // The first and the last pixel of the row both belong to it.
        assert.equal(geometry.rowAt(top), i);
        assert.equal(geometry.rowAt(top + height - 1), i);
        top += height;
      }
      assert.equal(geometry.total, top);
      // Below the list: its last row (the view's bottom edge may pass the end).
      if (tallness.length > 0) assert.equal(geometry.rowAt(top + 500), tallness.length - 1);
    }),
  );
});
