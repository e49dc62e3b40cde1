// Runs in Node (tests). The hash set answers exactly as a Set would, through growth and collisions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { HashSet30 } from './hash-set.js';

const hash30 = fc.integer({ min: 0, max: 2 ** 30 - 1 });

test('the hash set answers as a Set does', () => {
  fc.assert(
    fc.property(fc.array(hash30, { maxLength: 3000 }), fc.array(hash30, { maxLength: 200 }), (added, asked) => {
      const mine = new HashSet30();
      const reference = new Set<number>();
      for (const value of added) {
        mine.add(value);
        reference.add(value);
      }
      assert.equal(mine.size, reference.size);
      for (const value of [...added, ...asked]) assert.equal(mine.has(value), reference.has(value), `value ${value}`);
    }),
    { numRuns: 200 },
  );
});

test('values that share their low bits, and 0 and the largest value, are all kept apart', () => {
  const set = new HashSet30();
  // Same low 16 bits: every one lands on the same first slot, even after growing.
  const crowded = Array.from({ length: 5000 }, (_, i) => (i << 16) | 7);
  for (const value of crowded) set.add(value);
  set.add(0);
  set.add(2 ** 30 - 1);
  set.add(0);
  assert.equal(set.size, crowded.length + 2);
  for (const value of crowded) assert.ok(set.has(value));
  assert.ok(set.has(0) && set.has(2 ** 30 - 1));
  assert.ok(!set.has(8) && !set.has(1 << 16));
});

test('a cleared set is empty and fills again, however large it grew', () => {
  for (const count of [10, 300_000]) {
    const set = new HashSet30();
    for (let i = 0; i < count; i++) set.add(i * 3);
    set.clear();
    assert.equal(set.size, 0);
    assert.ok(!set.has(0) && !set.has(3));
    set.add(3);
    assert.ok(set.has(3) && !set.has(0));
    assert.equal(set.size, 1);
  }
});
