// Runs in Node (tests). The library list's orders: batches streamed in while indexing are sorted on
// their own and merged into the sorted list, which must give the same order as sorting everything,
// in every order the list offers (ties, accents, undated and unsited articles included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { compare, merged, replacedInPlace, sortedBy, type SortKey } from '../../renderer/src/model/list-order.js';
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

test('changed articles put back in place give the order sorting everything gives, or nothing when their place moved', () => {
  fc.assert(
    fc.property(
      fc.array(articleArb, { minLength: 1, maxLength: 30 }),
      fc.array(fc.record({ at: fc.nat(), read: fc.boolean(), title: fc.option(fc.constantFrom('apple', 'Zebra', 'Ölpreis'), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom<SortKey>('date', 'title', 'site'),
      (fields, edits, key) => {
        const list = fields.map((f, i) => summary(`a${String(i).padStart(3, '0')}`, f));
        const sorted = sortedBy(list, key);
        const changed = new Map<string, ArticleSummary>();
        for (const edit of edits) {
          const old = list[edit.at % list.length] as ArticleSummary;
          // Read, and sometimes retitled (which can move it).
          changed.set(old.id, { ...(changed.get(old.id) ?? old), read: edit.read, ...(edit.title === undefined ? {} : { title: edit.title }) });
        }
        const added = [...changed.values()];
        const next = list.map((a) => changed.get(a.id) ?? a);
        const result = replacedInPlace(sorted, { added, dropped: new Set(changed.keys()) }, compare(key));
        const titled = edits.some((e) => e.title !== undefined);
        if (!titled) assert.ok(result, 'a change of reading state keeps every place');
        if (result)
          assert.deepEqual(
            result.map((a) => [a.id, a.read, a.title]),
            sortedBy(next, key).map((a) => [a.id, a.read, a.title]),
          );
      },
    ),
  );
});
