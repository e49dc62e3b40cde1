// Runs in Node (tests). Hard-wrapped text reads like the same text unwrapped; page captures are untouched.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { BUNDLED_LIBRARY } from '../paths.js';
import { extractText } from './extract-text.js';
import fc from 'fast-check';
import { lineLengths, unwrapHardWrapped } from './unwrap.js';

/** Wraps every paragraph at `width` columns, as `fmt` or an e-mail client would. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

test('each seed, hard-wrapped at 72 columns, gives the same story as the original', async () => {
  for (const file of (await readdir(BUNDLED_LIBRARY)).filter((f) => f.endsWith('.txt'))) {
    const original = await readFile(path.join(BUNDLED_LIBRARY, file), 'utf8');
    const expected = extractText(original);
    const wrapped = extractText(hardWrap(original, 72));
    assert.ok(expected.paragraphs.length > 0);
    assert.deepEqual(wrapped.paragraphs, expected.paragraphs, file);
    assert.equal(wrapped.title, expected.title, file);
  }
});

test('page captures (one block per line) are left exactly as they are', async () => {
  for (const file of (await readdir(BUNDLED_LIBRARY)).filter((f) => f.endsWith('.txt'))) {
    const original = await readFile(path.join(BUNDLED_LIBRARY, file), 'utf8');
    assert.equal(unwrapHardWrapped(original), original, file);
  }
});

test('list items and short last lines keep their own lines', () => {
  const body = 'word '.repeat(200).trim();
  const text = `${hardWrap(body, 70)}\n\n- first item\n- second item\n\nSigned,\nA. Reader`;
  const unwrapped = unwrapHardWrapped(text).split('\n');
  assert.equal(unwrapped[0], body);
  assert.ok(unwrapped.includes('- first item') && unwrapped.includes('- second item'));
  assert.ok(unwrapped.includes('Signed,') && unwrapped.includes('A. Reader'));
});

test("the lines' lengths are measured as trimEnd would, blank lines left out", () => {
  const char = fc.constantFrom(...'ab .\n\t\r\u00a0\u2028\u3000\ufeff\u200bé');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 60 }).map((c) => c.join('')), (text) => {
      assert.deepEqual(lineLengths(text), text.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0));
    }),
    { numRuns: 2000 },
  );
});
