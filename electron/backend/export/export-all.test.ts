// Runs in Node. Writing exports to real temp folders: which files, which names, what is left alone.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type ExportItem, exportAllNotes, writeMarkdownFile } from './export-all.js';
import { article, record } from './test-fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const when = new Date('2024-02-03T04:05:06.000Z');
const quote = (id: string): ExportItem['highlights'][number] => ({ id, quote: `quote ${id}`, color: 'yellow', start: 0 });

function items(): ExportItem[] {
  return [
    { article: article({ id: 'b', file: 'b.html', title: 'Same Title' }), record: record(null, 1), highlights: [quote('h1')] },
    { article: article({ id: 'a', file: 'a.html', title: 'Same Title' }), record: record('A note'), highlights: [] },
    { article: article({ id: 'c', file: 'c.html', title: 'Blank note' }), record: record('  \n '), highlights: [] },
    { article: article({ id: 'd', file: 'd.html', title: 'Unique' }), record: record(null, 1), highlights: [quote('h2')] },
  ];
}

describe('exportAllNotes', () => {
  test('writes only annotated articles, with distinct names for equal titles', async () => {
    const folder = path.join(dir, 'new', 'folder');
    const files = await exportAllNotes(folder, items(), when);
    const names = files.map((f) => path.basename(f));
    assert.equal(files.length, 3);
    assert.ok(files.every((f) => path.isAbsolute(f) && path.dirname(f) === path.resolve(folder)));
    // Plain name goes to the lowest id ("a"); the other gets a stable short hash.
    assert.equal(names[1], 'Same Title.md');
    assert.match(names[0] ?? '', /^Same Title \([0-9a-f]{8}\)\.md$/);
    assert.equal(names[2], 'Unique.md');
    assert.deepEqual((await readdir(folder)).sort(), [...names].sort());
    assert.match(await readFile(files[1] ?? '', 'utf8'), /## Notes\n\nA note\n$/);
  });

  test('a re-export overwrites the same files and leaves unrelated files untouched', async () => {
    await writeFile(path.join(dir, 'My own thoughts.md'), 'mine');
    const first = await exportAllNotes(dir, items(), when);
    const changed = items();
    changed[1] = { ...changed[1]!, record: record('A better note') };
    const second = await exportAllNotes(dir, changed, new Date('2025-01-01T00:00:00.000Z'));
    assert.deepEqual(second, first);
    assert.equal(await readFile(path.join(dir, 'My own thoughts.md'), 'utf8'), 'mine');
    assert.deepEqual((await readdir(dir)).length, 4, 'three exports + the unrelated file, no temp files');
    assert.match(await readFile(second[1] ?? '', 'utf8'), /A better note/);
  });

  test("a person's file that happens to have the export's name is never overwritten", async () => {
    await writeFile(path.join(dir, 'Unique.md'), '# my own file called Unique\n');
    const files = await exportAllNotes(dir, items(), when);
    assert.equal(await readFile(path.join(dir, 'Unique.md'), 'utf8'), '# my own file called Unique\n');
    assert.match(path.basename(files[2] ?? ''), /^Unique \([0-9a-f]{8}\)\.md$/);
  });

  test('a folder that cannot be created is an io-error', async () => {
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'x');
    await assert.rejects(exportAllNotes(path.join(blocker, 'sub'), items(), when), { code: 'io-error' });
  });
});

describe('writeMarkdownFile', () => {
  test('writes (and overwrites) atomically, leaving no temp file', async () => {
    const file = path.join(dir, 'one.md');
    await writeMarkdownFile(file, 'first');
    await writeMarkdownFile(file, 'second ✓');
    assert.equal(await readFile(file, 'utf8'), 'second ✓');
    assert.deepEqual(await readdir(dir), ['one.md']);
  });

  test('a missing parent folder is not created', async () => {
    const file = path.join(dir, 'missing', 'one.md');
    await assert.rejects(writeMarkdownFile(file, 'x'), { code: 'not-found' });
    assert.deepEqual(await readdir(dir), []);
  });

  test('relative paths and non-folder parents are refused', async () => {
    await assert.rejects(writeMarkdownFile('one.md', 'x'), { code: 'invalid-argument' });
    await mkdir(path.join(dir, 'target.md'));
    await assert.rejects(writeMarkdownFile(path.join(dir, 'target.md'), 'x'), { code: 'io-error' });
  });
});
