// Runs in Node (tests). Counts in the list's header and the progress line: grouped by hand in the
// renderer (see format.ts for why), so they must read exactly as Intl's English grouping would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatCount } from '../../renderer/src/components/format.js';

test('counts are grouped in thousands, as English writes them', () => {
  assert.equal(formatCount(0), '0');
  assert.equal(formatCount(999), '999');
  assert.equal(formatCount(1000), '1,000');
  assert.equal(formatCount(9999), '9,999');
  assert.equal(formatCount(100_000), '100,000');
  assert.equal(formatCount(1_234_567), '1,234,567');
});

test('every whole count reads as Intl.NumberFormat("en") would have it', () => {
  const intl = new Intl.NumberFormat('en');
  fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => formatCount(n) === intl.format(n)), { numRuns: 2000 });
});
