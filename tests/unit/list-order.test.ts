// Runs in Node (tests). The library list's orders: batches streamed in while indexing are sorted on
// their own and merged into the sorted list, which must give the same order as sorting everything,
// in every order the list offers (ties, accents, undated and unsited articles included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { compare, merged, sortedBy, sortedInSteps, withChange, type SortKey } from '../../renderer/src/model/list-order.js';
import { summary } from './article-summary.fixture.js';

const articleArb = fc.record({
  title: fc.option(fc.constantFrom('Élan vital', 'elan vital', 'Zebra', 'apple', 'Apple', 'Ölpreis', 'missile shield'), { nil: null }),
  site: fc.option(fc.constantFrom('RIA Novosti', 'ria novosti', 'Ärzte Zeitung', 'AtomInfo.Ru'), { nil: null }),
  published: fc.option(fc.constantFrom('2010-11-20', '2010-11-20T10:00', '2011-06-02', '2013-01-31T19:43'), { nil: null }),
});

test('merging sorted batches one by one orders the list as sorting all of it does', () => {
  fc.assert(
    fc.property(fc.array(fc.array(articleArb, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom<SortKey>('date', 'title', 'site'), (batches, key) => {
      let n = 0;
      let all: ArticleSummary[] = [];
      let running: ArticleSummary[] = [];
      for (const batch of batches) {
        const fresh = batch.map((fields) => summary(`a${String(n++).padStart(3, '0')}`, fields));
        all = all.concat(fresh);
        running = merged(running, sortedBy(fresh, key), compare(key));
      }
      const whole = sortedBy(all, key);
      assert.deepEqual(
        running.map((a) => a.id),
        whole.map((a) => a.id),
      );
      // And the order is the one compare() states, with no ties left (the file settles them).
      for (let i = 1; i < whole.length; i++) assert.ok(compare(key)(whole[i - 1] as ArticleSummary, whole[i] as ArticleSummary) < 0);
    }),
  );
});

test('newest first, undated last; by title case and accents aside; by site, unsited last', () => {
  const list = [
    summary('old', { title: 'Zebra', published: '2010-11-20', site: 'Ärzte Zeitung' }),
    summary('new', { title: 'apple', published: '2013-01-31T19:43', site: null }),
    summary('undated', { title: 'Élan', site: 'AtomInfo.Ru' }),
  ];
  const ids = (key: SortKey) => sortedBy(list, key).map((a) => a.id);
  assert.deepEqual(ids('date'), ['new', 'old', 'undated']);
  assert.deepEqual(ids('title'), ['new', 'undated', 'old']);
  assert.deepEqual(ids('site'), ['old', 'undated', 'new']);
});

test('a change applied to the sorted list (read, retitled, linked, added, removed) orders it as sorting everything does', () => {
  fc.assert(
    fc.property(
      fc.array(articleArb, { minLength: 1, maxLength: 40, size: 'max' }),
      fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('read', 'retitled', 'linked', 'removed', 'added'),
          title: fc.constantFrom('apple', 'Zebra', 'Ölpreis'),
        }),
        // Up to 40: a few changed articles are found by search, many in one pass (both ways tested).
        { minLength: 1, maxLength: 40, size: 'max' },
      ),
      fc.constantFrom<SortKey>('date', 'title', 'site'),
      (fields, edits, key) => {
        const list = fields.map((f, i) => summary(`a${String(i).padStart(3, '0')}`, f));
        const sorted = sortedBy(list, key);
        const next = new Map(list.map((a) => [a.id, a]));
        const added = new Map<string, ArticleSummary>();
        const dropped = new Map<string, ArticleSummary>();
        edits.forEach((edit, n) => {
          if (edit.kind === 'added') {
            const fresh = summary(`new${n}`, { title: edit.title });
            next.set(fresh.id, fresh);
            added.set(fresh.id, fresh);
            return;
          }
          // An article of the list: its old entry goes, whatever the edit.
          const old = list[edit.at % list.length] as ArticleSummary;
          const current = next.get(old.id);
          if (!current) return; // removed by an earlier edit
          dropped.set(old.id, old);
          if (edit.kind === 'removed') {
            next.delete(old.id);
            added.delete(old.id);
            return;
          }
          const changed = edit.kind === 'read' ? { ...current, read: true } : edit.kind === 'linked' ? { ...current, duplicateOf: 'a000' } : { ...current, title: edit.title };
          next.set(old.id, changed);
          added.set(old.id, changed);
        });
        const result = withChange(sorted, { added: [...added.values()], dropped }, key);
        const fieldsOf = (a: ArticleSummary) => [a.id, a.read, a.title, a.duplicateOf];
        assert.deepEqual(result.map(fieldsOf), sortedBy([...next.values()], key).map(fieldsOf));
      },
    ),
  );
});

test('a change that moves nothing keeps every other entry where it was, and no change keeps the list', () => {
  const list = ['Zebra', 'apple', 'Ölpreis', 'missile shield'].map((title, i) => summary(`a${i}`, { title }));
  const sorted = sortedBy(list, 'title');
  const linked = { ...(sorted[2] as ArticleSummary), duplicateOf: 'a0' };
  const result = withChange(sorted, { added: [linked], dropped: new Map([[linked.id, sorted[2] as ArticleSummary]]) }, 'title');
  assert.equal(result[2], linked);
  for (const i of [0, 1, 3]) assert.equal(result[i], sorted[i]);
  assert.equal(withChange(sorted, { added: [], dropped: new Map() }, 'title'), sorted);
});

test('sorting in steps gives the order sorting at once does, and yields between its steps', () => {
  const sortInSteps = (list: readonly ArticleSummary[], key: SortKey): { sorted: ArticleSummary[]; steps: number } => {
    const steps = sortedInSteps(list, key);
    for (let count = 0; ; count++) {
      const step = steps.next();
      if (step.done) return { sorted: step.value, steps: count };
    }
  };
  fc.assert(
    fc.property(fc.array(articleArb, { maxLength: 60 }), fc.constantFrom<SortKey>('date', 'title', 'site'), (fields, key) => {
      const list = fields.map((f, i) => summary(`a${String(i).padStart(3, '0')}`, f));
      assert.deepEqual(sortInSteps(list, key).sorted.map((a) => a.id), sortedBy(list, key).map((a) => a.id));
    }),
  );
  // Large enough for several runs and merge passes, with many ties; and not in one step.
  const titles = ['Zebra', 'apple', 'Élan vital', 'Ölpreis', 'missile shield'];
  const large = Array.from({ length: 5000 }, (_, i) => summary(`b${(i * 7919) % 5000}`, { title: titles[i % 5] ?? null, published: i % 3 ? `2010-11-${String(1 + (i % 28)).padStart(2, '0')}` : null, site: i % 4 ? 'RIA Novosti' : null }));
  for (const key of ['date', 'title', 'site'] as const) {
    const { sorted, steps } = sortInSteps(large, key);
    assert.deepEqual(sorted.map((a) => a.id), sortedBy(large, key).map((a) => a.id), key);
    assert.ok(steps > 5, `${key}: ${steps} steps`);
  }
});
