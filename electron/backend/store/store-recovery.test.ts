// Runs in Node (tests). The data file over its life: migrations from every earlier format, rolling
// backups, recovery from damage, stale temp files, the lock against a second process, and proof that
// NODE_ENV=test does not quietly swap the real file for memory (as lowdb's JSONFilePreset would).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { AnnotationStore, DATA_FILE_NAME } from './annotation-store.js';
import { Backups, DAILY_BACKUPS_KEPT } from './backups.js';
import { DEFAULT_EXPORT_PREFERENCES, DEFAULT_READER_PREFERENCES, SCHEMA_VERSION } from './data-schema.js';

const run = promisify(execFile);
let dir: string;
const meta = { file: 'a.txt', title: 'A' };

/** A data file exactly as Lectern 0.1 (format 1) wrote it. */
const VERSION_1 = {
  schemaVersion: 1,
  settings: { libraryFolder: '/home/reader/news' },
  articles: {
    a1: {
      file: 'world/nato.txt',
      title: 'NATO Hopes',
      highlights: [
        {
          id: 'h1',
          color: 'blue',
          createdAt: '2024-01-31T10:00:00.000Z',
          target: {
            fingerprint: 'abc',
            quote: { type: 'TextQuoteSelector', exact: 'missile defence', prefix: 'on ', suffix: ' with' },
            position: { type: 'TextPositionSelector', start: 10, end: 25 },
          },
        },
      ],
      note: { text: 'Ünïcödé 📝 مرحبا', updatedAt: '2024-01-31T10:05:00.000Z' },
    },
  },
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-recovery-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const file = () => path.join(dir, DATA_FILE_NAME);

describe('migrations', () => {
  test('a format 1 file is migrated to the current format after a byte-for-byte backup', async () => {
    const original = `${JSON.stringify(VERSION_1, null, 2)}\n`;
    await writeFile(file(), original);
    const store = await AnnotationStore.open(dir);
    const record = store.record('a1');
    assert.deepEqual(record?.highlights[0], { ...VERSION_1.articles.a1.highlights[0], note: '', updatedAt: '2024-01-31T10:00:00.000Z' });
    assert.equal(record?.note?.text, 'Ünïcödé 📝 مرحبا');
    assert.deepEqual(store.settings(), { libraryFolder: '/home/reader/news', reader: DEFAULT_READER_PREFERENCES, export: DEFAULT_EXPORT_PREFERENCES });
    assert.equal(record?.reading, null);
    assert.deepEqual(store.warnings, []);
    await store.close();

    const onDisk = JSON.parse(await readFile(file(), 'utf8')) as { schemaVersion: number };
    assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
    const backups = await readdir(path.join(dir, 'backups'));
    const before = backups.find((name) => /^lectern-data\.before-v1-\d{8}-\d{6}\.json$/.test(name));
    assert.ok(before, backups.join(', '));
    assert.equal(await readFile(path.join(dir, 'backups', before), 'utf8'), original);
  });

  test('a format 2 file gains default reading settings and no reading positions, its highlights intact', async () => {
    const version2 = {
      schemaVersion: 2,
      settings: { libraryFolder: null },
      articles: {
        a1: {
          ...VERSION_1.articles.a1,
          highlights: VERSION_1.articles.a1.highlights.map((h) => ({ ...h, note: 'why this matters', updatedAt: '2024-02-01T00:00:00.000Z' })),
        },
      },
    };
    const original = JSON.stringify(version2);
    await writeFile(file(), original);
    const store = await AnnotationStore.open(dir);
    assert.deepEqual(store.settings(), { libraryFolder: null, reader: DEFAULT_READER_PREFERENCES, export: DEFAULT_EXPORT_PREFERENCES });
    const record = store.record('a1');
    assert.equal(record?.highlights[0]?.note, 'why this matters');
    assert.equal(record?.reading, null);
    await store.saveReadingPosition('a1', meta, { offset: 120, progress: 0.4 });
    await store.updateSettings({ reader: { ...DEFAULT_READER_PREFERENCES, theme: 'sepia' } });
    await store.close();

    const onDisk = JSON.parse(await readFile(file(), 'utf8')) as { schemaVersion: number; settings: { reader: { theme: string } }; articles: { a1: { reading: { offset: number } } } };
    assert.deepEqual([onDisk.schemaVersion, onDisk.settings.reader.theme, onDisk.articles.a1.reading.offset], [SCHEMA_VERSION, 'sepia', 120]);
    const before = (await readdir(path.join(dir, 'backups'))).find((name) => name.startsWith('lectern-data.before-v2-'));
    assert.ok(before, 'a byte-for-byte copy was kept before migrating');
    assert.equal(await readFile(path.join(dir, 'backups', before), 'utf8'), original);
  });

  test('a damaged format 1 file is treated as damage, not migrated', async () => {
    await writeFile(file(), JSON.stringify({ ...VERSION_1, articles: { a1: { title: 3 } } }));
    const store = await AnnotationStore.open(dir);
    assert.equal(store.warnings.length, 1);
    assert.match(store.warnings[0] ?? '', /moved aside/);
    await store.close();
  });
});

describe('backups and recovery', () => {
  test('one backup per day, the last seven days kept', async () => {
    const backups = new Backups(dir);
    for (let day = 1; day <= 10; day++) await backups.daily(`{"day":${day}}`, new Date(2024, 0, day, 12));
    await backups.daily('{"day":10,"later":true}', new Date(2024, 0, 10, 18));
    const names = (await readdir(backups.folder)).sort();
    assert.equal(names.length, DAILY_BACKUPS_KEPT);
    assert.equal(names[0], 'lectern-data.daily-2024-01-04.json');
    assert.equal(await readFile(path.join(backups.folder, 'lectern-data.daily-2024-01-10.json'), 'utf8'), '{"day":10,"later":true}');
  });

  test('a damaged file is moved aside and the newest valid backup restored, with a warning naming both', async () => {
    const store = await AnnotationStore.open(dir);
    await store.saveNote('a1', meta, 'kept safe');
    await store.close(); // Closing writes today's backup.
    // An older valid backup and a newer damaged one: the newest *valid* one wins.
    const backups = path.join(dir, 'backups');
    await writeFile(path.join(backups, 'lectern-data.daily-2000-01-01.json'), JSON.stringify(VERSION_1));
    await writeFile(path.join(backups, 'lectern-data.daily-2999-01-01.json'), '{"schemaVersion": 2, "trunc');
    await writeFile(file(), '{"schemaVersion":2,"settings":');

    const again = await AnnotationStore.open(dir);
    assert.equal(again.record('a1')?.note?.text, 'kept safe');
    const aside = (await readdir(dir)).find((name) => name.startsWith('lectern-data.corrupt-'));
    assert.ok(aside);
    assert.equal(again.warnings.length, 1);
    assert.ok(again.warnings[0]?.includes(path.join(dir, aside)), again.warnings[0]);
    assert.match(again.warnings[0] ?? '', /restored from the backup .*lectern-data\.daily-\d{4}-\d{2}-\d{2}\.json/);
    await again.close();
    assert.equal(JSON.parse(await readFile(file(), 'utf8')).articles.a1.note.text, 'kept safe');
  });

  test('temp files left by a crash are removed on start', async () => {
    await mkdir(path.join(dir, 'backups'), { recursive: true });
    await writeFile(path.join(dir, `.${DATA_FILE_NAME}.12345-deadbeef.tmp`), '{"half');
    await writeFile(path.join(dir, 'backups', '.lectern-data.daily-2024-01-01.json.999-abcdef01.tmp'), '{');
    await writeFile(path.join(dir, 'notes-of-my-own.tmp'), 'not ours');
    const store = await AnnotationStore.open(dir);
    await store.close();
    assert.deepEqual((await readdir(dir)).filter((name) => name.endsWith('.tmp')), ['notes-of-my-own.tmp']);
    assert.deepEqual((await readdir(path.join(dir, 'backups'))).filter((name) => name.endsWith('.tmp')), []);
  });
});

describe('one writer per data file', () => {
  const openInChild = (env: NodeJS.ProcessEnv = {}) =>
    run(
      process.execPath,
      ['--import', 'tsx', '-e', `import('${path.resolve('electron/backend/store/annotation-store.ts')}').then(async ({ AnnotationStore }) => { const s = await AnnotationStore.open(${JSON.stringify(dir)}); await s.saveNote('child', { file: 'c', title: null }, 'from the child'); await s.close(); console.log('ok'); })`],
      { env: { ...process.env, ...env } },
    );

  test('a second process is refused clearly while the first holds the data, and gets it after', async () => {
    const store = await AnnotationStore.open(dir);
    await assert.rejects(openInChild(), (error: Error & { stderr?: string }) => {
      assert.match(error.stderr ?? '', /Another Lectern .* is using the same data folder/);
      return true;
    });
    await store.close();
    const { stdout } = await openInChild();
    assert.equal(stdout.trim(), 'ok');
  });

  test('a lock left by a process that no longer exists is taken over', async () => {
    const { stdout } = await run(process.execPath, ['-e', 'console.log(process.pid)']);
    await writeFile(path.join(dir, `${DATA_FILE_NAME}.lock`), JSON.stringify({ pid: Number(stdout), host: os.hostname(), started: null }));
    const store = await AnnotationStore.open(dir);
    await store.close();
  });

  test('with NODE_ENV=test the real file is written (no silent in-memory adapter)', async () => {
    await openInChild({ NODE_ENV: 'test' });
    const data = JSON.parse(await readFile(file(), 'utf8')) as { articles: Record<string, { note: { text: string } }> };
    assert.equal(data.articles.child?.note.text, 'from the child');
  });
});

test('a data file with an article keyed "__proto__" is kept aside, not silently half-read', async () => {
  const damaged = '{"schemaVersion":3,"settings":{"libraryFolder":null,"reader":{"theme":"light","fontSize":19,"lineHeight":1.7,"columnWidth":38}},"articles":{"__proto__":{"file":"a.txt","title":null,"highlights":[],"note":null,"reading":null}}}';
  await writeFile(file(), damaged);
  const store = await AnnotationStore.open(dir);
  assert.match(store.warnings[0] ?? '', /moved aside/);
  const kept = (await readdir(dir)).find((name) => name.startsWith('lectern-data.corrupt-'));
  assert.ok(kept);
  assert.equal(await readFile(path.join(dir, kept), 'utf8'), damaged);
  await store.close();
});
