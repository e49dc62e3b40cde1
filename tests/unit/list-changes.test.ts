// Runs in Node (tests). The renderer's log of list changes, which lets the sorted list take in a
// batch instead of re-sorting everything: it must never hand a view a change that does not lead
// from the list that view was made from (rows went missing or doubled after a refetched view).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { summary } from './article-summary.fixture.js';
import { changeBetween, followsFrom, recordChange } from '../../renderer/src/model/list-changes.js';

const article = (id: string): ArticleSummary => summary(id);

/** `base` with `added` in it (replacing articles of the same id), recorded as the model does. */
function publish(base: ArticleSummary[], added: ArticleSummary[]): ArticleSummary[] {
  const ids = new Set(added.map((a) => a.id));
  const dropped = new Map(base.filter((a) => ids.has(a.id)).map((a) => [a.id, a]));
  const list = base.filter((a) => !dropped.has(a.id)).concat(added);
  recordChange(base, list, { added, dropped });
  return list;
}

test('consecutive batches fold into one change from the first list to the last', () => {
  const start = publish([], [article('a')]);
  const second = publish(start, [article('b')]);
  const changedA = article('a');
  const third = publish(second, [changedA, article('c')]);
  const change = changeBetween(start, third);
  assert.ok(change);
  assert.deepEqual(change.added.map((a) => a.id).sort(), ['a', 'b', 'c']);
  assert.ok(change.added.includes(changedA), 'the latest version of a changed article');
  assert.deepEqual([...change.dropped.keys()], ['a']);
  assert.equal(change.dropped.get('a'), start[0], 'the entry the first list held');
  assert.deepEqual(changeBetween(third, third), { added: [], dropped: new Map() });
  // b came after `start`: replacing it again drops nothing `start` held.
  const fourth = publish(third, [article('b')]);
  assert.deepEqual([...(changeBetween(start, fourth)?.dropped.keys() ?? [])], ['a']);
  assert.deepEqual([...(changeBetween(second, fourth)?.dropped.keys() ?? [])].sort(), ['a', 'b']);
});

test('after a whole new list (a refetched view), a change made to it does not lead from older lists', () => {
  const old = publish([], [article('a'), article('b')]);
  // The backend's view replaces the list outright, then a batch lands on top of it.
  const refetched = [article('a'), article('b'), article('c'), article('d')];
  const next = publish(refetched, [article('e')]);
  assert.equal(changeBetween(old, next), null, 'the view built from `old` must start again');
  // From the refetched list on, the chain holds again.
  const after = publish(next, [article('f')]);
  assert.deepEqual(changeBetween(next, after)?.added.map((a) => a.id), ['f']);
});

test('lists the log never saw, or saw too long ago, give no change', () => {
  const stranger = [article('x')];
  const first = publish([], [article('y')]);
  assert.equal(changeBetween(stranger, first), null);
  let list = first;
  for (let i = 0; i < 100; i++) list = publish(list, [article(`n${i}`)]);
  assert.equal(changeBetween(first, list), null, 'older than the log keeps');
  assert.equal(changeBetween(list, first), null, 'backwards');
});

test('a list follows from another exactly when the change between them can be told', () => {
  const start = publish([], [article('a')]);
  const second = publish(start, [article('b')]);
  const third = publish(second, [article('c')]);
  const unrelated = [article('x')];
  const pairs: Array<[ArticleSummary[], ArticleSummary[]]> = [[start, third], [second, third], [third, third], [third, start], [unrelated, third], [start, unrelated]];
  for (const [before, after] of pairs) assert.equal(followsFrom(before, after), changeBetween(before, after) !== null);
  assert.ok(followsFrom(start, third));
  assert.ok(!followsFrom(third, start), 'never backwards');
  assert.ok(!followsFrom(unrelated, third));
});
