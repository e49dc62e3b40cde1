// Runs in Node (tests). The `lectern` command line, run as a person runs it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { indexLibrary } from '../../electron/backend/indexer/index-library.js';
import { createBackend } from '../../electron/backend/service/create-backend.js';
import { REPO } from '../e2e/support/server-process.js';

const run = promisify(execFile);

async function lectern(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface IndexJson {
  folder: string;
  articles: Array<Record<string, unknown> & { id: string; file: string; title: string | null; duplicateOf: string | null; paragraphs: string[] }>;
  errors: Array<{ file: string; message: string }>;
}

describe('lectern CLI', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-cli-'));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  test('index --json prints the documented shape for the seeds', async () => {
    const { code, stdout } = await lectern('index', 'seeds', '--json');
    assert.equal(code, 0);
    const index = JSON.parse(stdout) as IndexJson;
    assert.equal(index.folder, path.join(REPO, 'seeds'));
    assert.equal(index.articles.length, 5);
    assert.deepEqual(index.errors, []);
    const keys = ['id', 'file', 'title', 'site', 'source', 'published', 'dateline', 'paragraphs', 'words', 'duplicateOf'];
    for (const article of index.articles) {
      for (const key of keys) assert.ok(key in article, `${article.file} has ${key}`);
      assert.match(String(article.published ?? '2000-01-01'), /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
      assert.ok(article.paragraphs.length > 0);
    }
    const copies = index.articles.filter((a) => a.duplicateOf !== null);
    assert.equal(copies.length, 1, 'the AtomInfo.Ru copy of the RIA Novosti story is recognised');
    assert.equal(copies[0]?.file, '001_81f2a9664f42a5d4.txt');
    assert.equal(copies[0]?.duplicateOf, index.articles.find((a) => a.file === '000_519e15ac75997d7b.txt')?.id);
  });

  test('index --json lists unreadable files under errors and keeps going', async () => {
    const folder = path.join(dir, 'messy');
    await cp(path.join(REPO, 'seeds'), folder, { recursive: true });
    await writeFile(path.join(folder, 'zero.txt'), '');
    await writeFile(path.join(folder, 'latin1.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x41]));
    const { code, stdout } = await lectern('index', folder, '--json');
    assert.equal(code, 0);
    const index = JSON.parse(stdout) as IndexJson;
    assert.equal(index.articles.length, 5);
    assert.deepEqual(index.errors.map((e) => e.file).sort(), ['latin1.txt', 'zero.txt']);
  });

  test('index --json of a folder large enough for worker threads gives what in-process indexing gives, in file order', async () => {
    const folder = path.join(dir, 'large');
    for (const sub of ['2010', '2011', '2012', '2013', 'misc/a', 'misc/b']) await cp(path.join(REPO, 'seeds'), path.join(folder, sub), { recursive: true });
    await writeFile(path.join(folder, 'misc', 'zero.txt'), '');
    const { code, stdout } = await lectern('index', folder, '--json');
    assert.equal(code, 0);
    const index = JSON.parse(stdout) as IndexJson;
    const expected = await indexLibrary(folder);
    assert.equal(index.articles.length, 30);
    assert.deepEqual(
      index.articles.map((a) => [a.file, a.id, a.title, a.duplicateOf, a.paragraphs]),
      expected.articles.map((a) => [a.file, a.id, a.title, a.duplicateOf, a.paragraphs]),
    );
    assert.deepEqual(index.errors, expected.errors);
    assert.deepEqual(index.errors.map((e) => e.file), ['misc/zero.txt']);
  });

  test('a folder that does not exist is an error on stderr with a non-zero exit', async () => {
    const { code, stdout, stderr } = await lectern('index', path.join(dir, 'missing'), '--json');
    assert.notEqual(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /missing/);
  });

  test('unknown commands and bad options print the usage and exit 2', async () => {
    assert.equal((await lectern('frobnicate')).code, 2);
    const bad = await lectern('serve', '--port', 'seventy');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Usage/);
  });

  test('export writes the same Markdown files as "Export all notes…"', async () => {
    const data = path.join(dir, 'data');
    const out = path.join(dir, 'out');
    const library = path.join(REPO, 'seeds');
    const backend = await createBackend({ mode: 'browser', version: 'test', dataDir: data, bundledLibrary: library });
    const { articles } = await backend.api.getLibrary();
    const target = articles.find((a) => a.site === 'RFE/RL') ?? articles[0];
    assert.ok(target);
    await backend.api.saveNote(target.id, 'Note from the CLI test');
    await backend.close();

    const { code } = await lectern('export', '--library', library, '--data', data, '--out', out);
    assert.equal(code, 0);
    const files = (await readdir(out)).filter((name) => name !== 'index.md');
    assert.equal(files.length, 1);
    assert.match(await readFile(path.join(out, files[0] as string), 'utf8'), /Note from the CLI test/);
    assert.match(await readFile(path.join(out, 'index.md'), 'utf8'), /Note from the CLI test|\]\(/);

    const combined = path.join(dir, 'combined');
    assert.equal((await lectern('export', '--library', library, '--data', data, '--out', combined, '--combined')).code, 0);
    assert.deepEqual(await readdir(combined), ['Lectern notes.md']);
  });

  test('backup, then import into an empty data folder, gives the same notes; bad files change nothing', async () => {
    const data = path.join(dir, 'backup-data');
    const library = path.join(REPO, 'seeds');
    const backend = await createBackend({ mode: 'browser', version: 'test', dataDir: data, bundledLibrary: library });
    const [first] = (await backend.api.getLibrary()).articles;
    assert.ok(first);
    await backend.api.saveNote(first.id, 'Backed up: «ünïcödé» 📝');
    await backend.close();

    const backupFile = path.join(dir, 'backup.json');
    const backedUp = await lectern('backup', '--data', data, '--out', backupFile);
    assert.equal(backedUp.code, 0, backedUp.stderr);
    const fresh = path.join(dir, 'fresh-data');
    const imported = await lectern('import', '--data', fresh, backupFile);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /1 note added/);
    const restored = JSON.parse(await readFile(path.join(fresh, 'lectern-data.json'), 'utf8')) as { articles: Record<string, { note: { text: string } }> };
    assert.equal(restored.articles[first.id]?.note.text, 'Backed up: «ünïcödé» 📝');

    const before = await readFile(path.join(fresh, 'lectern-data.json'), 'utf8');
    const newer = path.join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...JSON.parse(await readFile(backupFile, 'utf8')), schemaVersion: 999 }));
    const refused = await lectern('import', '--data', fresh, newer);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /newer version of Lectern.*Nothing was changed/);
    assert.equal(await readFile(path.join(fresh, 'lectern-data.json'), 'utf8'), before);
  });

  test('backup and import refuse a data folder another Lectern is using', async () => {
    const data = path.join(dir, 'locked-data');
    const backend = await createBackend({ mode: 'browser', version: 'test', dataDir: data, bundledLibrary: path.join(REPO, 'seeds') });
    try {
      const result = await lectern('backup', '--data', data, '--out', path.join(dir, 'never.json'));
      assert.equal(result.code, 1);
      assert.match(result.stderr, /Another Lectern .* is using the same data folder/);
      await assert.rejects(readFile(path.join(dir, 'never.json')));
    } finally {
      await backend.close();
    }
  });
});
