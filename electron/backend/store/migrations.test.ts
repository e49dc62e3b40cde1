// Runs in Node (tests). Format 4 (remembered export options, merge revisions) from every earlier format,
// through the real store on real files: nothing the person had is dropped, the new settings get defaults.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { AnnotationStore, DATA_FILE_NAME } from './annotation-store.js';
import { DEFAULT_EXPORT_PREFERENCES, DEFAULT_READER_PREFERENCES, SCHEMA_VERSION } from './data-schema.js';
import { migrate } from './migrations.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-migrate-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const target = {
  fingerprint: 'abc',
  quote: { type: 'TextQuoteSelector', exact: 'missile defence', prefix: 'on ', suffix: ' with' },
  position: { type: 'TextPositionSelector', start: 10, end: 25 },
} as const;
const note = { text: 'Заметка: «кавычки» 📝', updatedAt: '2024-01-31T10:05:00.000Z' };
const v1Highlight = { id: 'h1', color: 'green', createdAt: '2024-01-31T10:00:00.000Z', target };
const v2Highlight = { ...v1Highlight, updatedAt: '2024-02-01T00:00:00.000Z', note: 'why' };
const reader = { ...DEFAULT_READER_PREFERENCES, theme: 'dark' as const };
const reading = { offset: 5, progress: 0.5, readAt: '2024-03-01T00:00:00.000Z' };

const files = {
  1: { schemaVersion: 1, settings: { libraryFolder: '/news' }, articles: { a1: { file: 'a.txt', title: 'A', highlights: [v1Highlight], note } } },
  2: { schemaVersion: 2, settings: { libraryFolder: '/news' }, articles: { a1: { file: 'a.txt', title: 'A', highlights: [v2Highlight], note } } },
  3: { schemaVersion: 3, settings: { libraryFolder: '/news', reader }, articles: { a1: { file: 'a.txt', title: 'A', highlights: [v2Highlight], note, reading } } },
};

for (const [version, data] of Object.entries(files)) {
  test(`a format ${version} file opens as format ${SCHEMA_VERSION} with default export options`, async () => {
    const file = path.join(dir, DATA_FILE_NAME);
    await writeFile(file, JSON.stringify(data));
    const store = await AnnotationStore.open(dir);
    try {
      const settings = store.settings();
      assert.deepEqual(settings.export, DEFAULT_EXPORT_PREFERENCES);
      assert.equal(settings.libraryFolder, '/news');
      assert.equal(settings.reader.theme, version === '3' ? 'dark' : 'system');
      const record = store.record('a1');
      assert.equal(record?.note?.text, note.text);
      assert.equal(record?.highlights[0]?.id, 'h1');
      assert.equal(record?.highlights[0]?.note, version === '1' ? '' : 'why');
      assert.equal(record?.revisions, undefined);
    } finally {
      await store.close();
    }
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number };
    assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
  });
}

test('a format 3 file with a damaged record is reported, not migrated', () => {
  const damaged = { ...files[3], articles: { a1: { ...files[3].articles.a1, highlights: [{ id: 'h1' }] } } };
  assert.throws(() => migrate(damaged));
});

test('export options are remembered across a reopen', async () => {
  const store = await AnnotationStore.open(dir);
  const chosen = { includeUnannotated: true, layout: 'combined' as const, template: '# {{title}}', folder: '/tmp/out' };
  await store.updateSettings({ export: chosen });
  await store.close();
  const again = await AnnotationStore.open(dir);
  assert.deepEqual(again.settings().export, chosen);
  await again.close();
});
