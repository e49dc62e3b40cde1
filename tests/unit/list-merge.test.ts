// Runs in Node (tests). Pushed changes merged into the library's article list, one after another as
// the page receives them: every article listed once, at its latest version, the removed gone, and
// the entries each change replaced or removed handed on (the sorted rows and site counts need them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { merge } from '../../renderer/src/model/list-merge.js';
import { summary } from './article-summary.fixture.js';

const deltaArb = fc.record({
  upserted: fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 25 }),
  removed: fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 4 }),
});

test('changes merged one after another list every article once, at its latest version', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 20 }), fc.array(deltaArb, { maxLength: 8 }), (start, deltas) => {
      let list: ArticleSummary[] = start.map((n) => summary(`a${n}`));
      const expected = new Map(list.map((a) => [a.id, a]));
      deltas.forEach((delta, step) => {
        const removed = delta.removed.map((n) => `a${n}`);
        // As the page does: an article both upserted and removed is removed.
        const upserted = delta.upserted.filter((n) => !delta.removed.includes(n)).map((n) => summary(`a${n}`, { title: `version ${step}` }));
        const before = new Map(expected);
        const { articles, dropped } = merge(list, upserted, removed);
        for (const id of removed) expected.delete(id);
        for (const a of upserted) expected.set(a.id, a);
        assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, 'no article listed twice');
        assert.deepEqual(new Map(articles.map((a) => [a.id, a])), expected);
        const went = [...removed, ...upserted.map((a) => a.id)].filter((id) => before.has(id));
        assert.deepEqual(new Map(went.map((id) => [id, before.get(id)])), dropped, 'the old entries that went');
        list = articles;
      });
    }),
  );
});

test('a changed article takes its old place, and the list it came from is left as it was', () => {
  const list = ['a', 'b', 'c'].map((id) => summary(id));
  const changed = summary('b', { read: true });
  const { articles } = merge(list, [changed, summary('d')], []);
  assert.deepEqual(
    articles.map((a) => a.id),
    ['a', 'b', 'c', 'd'],
  );
  assert.equal(articles[1], changed);
  assert.equal(list[1]?.read, false);
  assert.equal(list.length, 3);
});
