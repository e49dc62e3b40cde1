// Runs in Node. Writing exports to real temp folders: which files, which names, what is left alone,
// and that a re-export rewrites only its generated region.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type ExportItem, exportAllNotes, writeMarkdownFile } from './export-all.js';
import { BEGIN_MARKER, END_MARKER, readFrontMatter } from './generated-region.js';
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
  test('writes only annotated articles plus index.md, with distinct names for equal titles', async () => {
    const folder = path.join(dir, 'new', 'folder');
    const files = await exportAllNotes(folder, items(), when);
    const names = files.map((f) => path.basename(f));
    assert.equal(files.length, 4);
    assert.ok(files.every((f) => path.isAbsolute(f) && path.dirname(f) === path.resolve(folder)));
    // Plain name goes to the lowest id ("a"); the other gets a stable short hash.
    assert.equal(names[1], 'Same Title.md');
    assert.match(names[0] ?? '', /^Same Title \([0-9a-f]{8}\)\.md$/);
    assert.equal(names[2], 'Unique.md');
    assert.equal(names[3], 'index.md');
    assert.deepEqual((await readdir(folder)).sort(), [...names].sort());
    assert.match(await readFile(files[1] ?? '', 'utf8'), /## Notes\n\nA note\n\n%% lectern:end %%\n$/);
    const index = await readFile(files[3] ?? '', 'utf8');
    assert.match(index, /^- \[Same Title\]\(Same%20Title.md\) — 0 highlights, a note$/m);
    assert.match(index, /^- \[Unique\]\(Unique.md\) — 1 highlight$/m);
  });

  test('a re-export updates the same files, keeps what the person wrote outside the markers, deletes nothing', async () => {
    await writeFile(path.join(dir, 'My own thoughts.md'), 'mine');
    const first = await exportAllNotes(dir, items(), when);
    const file = first[1] ?? '';
    const edited = (await readFile(file, 'utf8'))
      .replace('---\n\n', '---\n\nMy intro, above the export.\n\n')
      .replace('file: a.html\n', 'file: a.html\nmy-key: kept\n')
      .concat('\n## My own section\n\nWritten after exporting.\n');
    await writeFile(file, edited);
    const changed = items();
    changed[1] = { ...changed[1]!, record: record('A better note') };
    const second = await exportAllNotes(dir, changed, new Date('2025-01-01T00:00:00.000Z'));
    assert.deepEqual(second, first);
    assert.equal(await readFile(path.join(dir, 'My own thoughts.md'), 'utf8'), 'mine');
    assert.equal((await readdir(dir)).length, 5, 'three exports, index.md and the unrelated file, no temp files');
    const text = await readFile(file, 'utf8');
    assert.match(text, /A better note/);
    assert.doesNotMatch(text, /A note\n/);
    assert.match(text, /^My intro, above the export\.\n\n%% lectern:begin %%$/m);
    assert.ok(text.endsWith(`${END_MARKER}\n\n## My own section\n\nWritten after exporting.\n`), text);
    assert.deepEqual(readFrontMatter(text)?.['my-key'], 'kept');
    assert.equal(readFrontMatter(text)?.exported, '2025-01-01T00:00:00.000Z');
    assert.equal(text.split(BEGIN_MARKER).length, 2, 'one region');
  });

  test("a person's file that happens to have the export's name is never overwritten", async () => {
    await writeFile(path.join(dir, 'Unique.md'), '# my own file called Unique\n');
    await writeFile(path.join(dir, 'index.md'), '# my own index\n');
    const files = await exportAllNotes(dir, items(), when);
    assert.equal(await readFile(path.join(dir, 'Unique.md'), 'utf8'), '# my own file called Unique\n');
    assert.equal(await readFile(path.join(dir, 'index.md'), 'utf8'), '# my own index\n');
    assert.match(path.basename(files[2] ?? ''), /^Unique \([0-9a-f]{8}\)\.md$/);
    assert.equal(path.basename(files[3] ?? ''), 'Lectern index.md');
  });

  test('include articles without annotations', async () => {
    const files = await exportAllNotes(dir, items(), when, { includeUnannotated: true, layout: 'per-article', template: null });
    assert.equal(files.length, 5);
    assert.match(await readFile(files[2] ?? '', 'utf8'), /No highlights or notes yet\./);
  });

  test('one combined file: one title, each article a section', async () => {
    const files = await exportAllNotes(dir, items(), when, { includeUnannotated: false, layout: 'combined', template: null });
    assert.deepEqual(files.map((f) => path.basename(f)), ['Lectern notes.md']);
    const text = await readFile(files[0] ?? '', 'utf8');
    assert.equal(text.match(/^# /gm)?.length, 1);
    assert.equal(text.match(/^## (Same Title|Unique)$/gm)?.length, 3);
    assert.match(text, /^### Highlights$/m);
    assert.deepEqual(readFrontMatter(text)?.articles, 3);
  });

  test('a user template lays out each article; a broken one is refused before anything is written', async () => {
    const template = '## {{title}}\n\n{{#highlights}}\n{{{blockquote}}}\n\n[{{color}}]({{link}})\n\n{{/highlights}}';
    const files = await exportAllNotes(dir, items().slice(3), when, { includeUnannotated: false, layout: 'per-article', template });
    const text = await readFile(files[0] ?? '', 'utf8');
    assert.match(text, /%% lectern:begin %%\n\n## Unique\n\n> quote h2\n\n\[yellow\]\(lectern:\/\/open\?article=d&highlight=h2\)\n\n%% lectern:end %%/);
    const empty = path.join(dir, 'empty');
    await assert.rejects(exportAllNotes(empty, items(), when, { includeUnannotated: false, layout: 'per-article', template: '{{#highlights}}' }), { code: 'invalid-argument' });
    await assert.rejects(readdir(empty), { code: 'ENOENT' });
  });

  test('a folder that cannot be created is an io-error', async () => {
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'x');
    await assert.rejects(exportAllNotes(path.join(blocker, 'sub'), items(), when), { code: 'io-error' });
  });
});

describe('writeMarkdownFile', () => {
  test('writes, and on re-export keeps what the person added, leaving no temp file', async () => {
    const file = path.join(dir, 'one.md');
    await writeMarkdownFile(file, { title: 'One' }, 'first');
    await writeFile(file, `${await readFile(file, 'utf8')}\nmine ✓\n`);
    await writeMarkdownFile(file, { title: 'One' }, 'second');
    const text = await readFile(file, 'utf8');
    assert.match(text, /%% lectern:begin %%\n\nsecond\n\n%% lectern:end %%\n\nmine ✓\n$/);
    assert.deepEqual(await readdir(dir), ['one.md']);
  });

  test('a missing parent folder is not created', async () => {
    const file = path.join(dir, 'missing', 'one.md');
    await assert.rejects(writeMarkdownFile(file, {}, 'x'), { code: 'not-found' });
    assert.deepEqual(await readdir(dir), []);
  });

  test('relative paths and non-folder parents are refused', async () => {
    await assert.rejects(writeMarkdownFile('one.md', {}, 'x'), { code: 'invalid-argument' });
    await mkdir(path.join(dir, 'target.md'));
    await assert.rejects(writeMarkdownFile(path.join(dir, 'target.md'), {}, 'x'), { code: 'io-error' });
  });
});
