// Runs in Node (tests). The site filter's counts: batches streamed in while a library is indexed
// are added to the last counts, and must give what counting the whole list gives, whatever the
// batches (new articles, changed ones, removed ones, a whole new list).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleSummary } from '../../electron/common/contract.js';
import { summary } from './article-summary.fixture.js';
import { recordChange } from '../../renderer/src/model/list-changes.js';
import { SiteCounter } from '../../renderer/src/model/site-counts.js';

const article = (id: string, site: string | null): ArticleSummary => summary(id, { site });

function countAll(list: readonly ArticleSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of list) if (a.site) counts.set(a.site, (counts.get(a.site) ?? 0) + 1);
  return counts;
}

const sorted = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : 1));

/** One step of the model: a batch upserted and removed (as applyDelta publishes it), or a whole new list. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('batch' as const), upsert: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('Reuters', 'RIA Novosti', null)), { maxLength: 8 }), remove: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('view' as const) }),
);

test('counting batch by batch gives what counting the whole list gives', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
      const counter = new SiteCounter();
      let list: ArticleSummary[] = [];
      assert.deepEqual(sorted(counter.count(list)), []);
      for (const s of steps) {
        if (s.kind === 'view') {
          // A whole list fetched again: not a recorded change, so counted afresh.
          list = list.map((a) => ({ ...a }));
        } else {
          const byId = new Map<string, ArticleSummary>();
          for (const [n, site] of s.upsert) byId.set(`a${n}`, article(`a${n}`, site));
          const upserted = [...byId.values()];
          const going = new Set([...s.remove.map((n) => `a${n}`), ...byId.keys()]);
          const dropped = new Map(list.filter((a) => going.has(a.id)).map((a) => [a.id, a]));
          const next = list.filter((a) => !going.has(a.id)).concat(upserted.filter((a) => !s.remove.includes(Number(a.id.slice(1)))));
          recordChange(list, next, { added: upserted.filter((a) => next.includes(a)), dropped });
          list = next;
        }
        assert.deepEqual(sorted(counter.count(list)), sorted(countAll(list)));
      }
    }),
  );
});
