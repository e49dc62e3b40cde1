// Runs in Node (tests). Full-width forms read as the ordinary ones, at the same offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldWidth } from './fold-width.js';

test('full-width Latin letters, digits and punctuation become the ordinary ones', () => {
  assert.equal(foldWidth('ＮＨＫ　２０１９年（ｉＰｈｏｎｅ）！'), 'NHK　2019年(iPhone)!');
  assert.equal(foldWidth('NATO and Russia'), 'NATO and Russia');
  assert.equal(foldWidth('ｶﾀｶﾅ'), 'ｶﾀｶﾅ', 'half-width katakana would change length, and is left');
});

test('any text keeps its length, so offsets into it stay offsets into the original', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldWidth(text).length === text.length), { numRuns: 500 });
});
