// Runs in Node (tests). The manifest's line reader gives back exactly the lines written, whatever the
// characters, the line endings, and wherever the chunks cut the file.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { forEachLine } from './read-lines.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-read-lines-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(file: string, chunkBytes?: number): Promise<string[]> {
  const lines: string[] = [];
  await forEachLine(file, (line) => void lines.push(line), chunkBytes);
  return lines;
}

test('every line comes back as written: any text, \\n or \\r\\n, any chunk size, with or without a last newline', async () => {
  const file = path.join(dir, 'lines.jsonl');
  const line = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n]/gu, ''));
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 64 }), async (lines, crlf, closingNewline, chunkBytes) => {
      const text = lines.join(crlf ? '\r\n' : '\n') + (closingNewline && lines.length > 0 ? (crlf ? '\r\n' : '\n') : '');
      await writeFile(file, text);
      // An empty last line is not a line: only a file that ends without a newline has a last one to give.
      const expected = lines.length > 0 && !closingNewline && lines.at(-1) === '' ? lines.slice(0, -1) : lines;
      assert.deepEqual(await readAll(file, chunkBytes), text === '' ? [] : expected);
    }),
    { numRuns: 300 },
  );
});

test('the reader stops when asked, and a missing file is an error, not an empty list', async () => {
  const file = path.join(dir, 'stop.txt');
  await writeFile(file, 'first\nsecond\nthird\n');
  const seen: string[] = [];
  await forEachLine(file, (line) => {
    seen.push(line);
    return line !== 'second';
  });
  assert.deepEqual(seen, ['first', 'second']);
  await assert.rejects(forEachLine(path.join(dir, 'absent.txt'), () => undefined), /ENOENT/);
});
