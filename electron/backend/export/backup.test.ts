// Runs in Node (tests). Backups round-trip exactly (property-based, through the real store and real
// files: back up, wipe the data folder, restore), and bad or newer files are refused, changing nothing.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import fc from 'fast-check';
import { AnnotationStore, DATA_FILE_NAME } from '../store/annotation-store.js';
import { emptyData, SCHEMA_VERSION } from '../store/data-schema.js';
import { BACKUP_KIND, backupJson, parseBackup } from './backup-file.js';
import { dataFileArb } from './data-arbitraries.js';
import { mergeData } from './merge-data.js';

/** fast-check builds some objects without a prototype; the data itself is plain JSON. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-backup-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

test('backup → parse → merge into nothing gives the data back exactly', () => {
  fc.assert(
    fc.property(dataFileArb, (data) => {
      const restored = mergeData(emptyData(), parseBackup(backupJson(data, '1.0.0')), 'backup.json').data;
      assert.deepEqual(restored, plain(data));
    }),
    { numRuns: 300 },
  );
});

test('backup → wipe → restore through the store on disk reproduces the data exactly', async () => {
  await fc.assert(
    fc.asyncProperty(dataFileArb, async (data) => {
      const folder = await mkdtemp(path.join(dir, 'run-'));
      const first = await AnnotationStore.open(folder);
      await first.replaceData(data);
      const backup = path.join(dir, 'backup.json');
      await writeFile(backup, backupJson(first.snapshot(), 'test'));
      await first.close();
      await rm(folder, { recursive: true, force: true });

      const second = await AnnotationStore.open(folder);
      await second.replaceData(mergeData(second.snapshot(), parseBackup(await readFile(backup, 'utf8')), 'backup.json').data);
      await second.close();
      const onDisk: unknown = JSON.parse(await readFile(path.join(folder, DATA_FILE_NAME), 'utf8'));
      assert.deepEqual(onDisk, plain(data));
      await rm(folder, { recursive: true, force: true });
    }),
    { numRuns: 25 },
  );
});

test('refuses text that is not JSON, not a backup, damaged, or from a newer Lectern', () => {
  const good = JSON.parse(backupJson(emptyData(), 'x')) as Record<string, unknown>;
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"kind":', /not valid JSON/],
    ['another JSON file', '{"name":"package"}', /not a Lectern backup/],
    ['newer', JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 }), /newer version of Lectern/],
    ['damaged', JSON.stringify({ ...good, data: { settings: {}, articles: { a: { file: 1 } } } }), /damaged/],
  ];
  for (const [name, text, message] of cases) {
    assert.throws(() => parseBackup(text), (error: Error) => message.test(error.message) && /Nothing was changed/.test(error.message), name);
  }
});

test('an older backup (format 1) is migrated on import', () => {
  const old = {
    kind: BACKUP_KIND,
    schemaVersion: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    app: '0.1.0',
    data: { settings: { libraryFolder: null }, articles: { a1: { file: 'a.txt', title: 'A', highlights: [], note: { text: 'old', updatedAt: '2024-01-01T00:00:00.000Z' } } } },
  };
  const data = parseBackup(JSON.stringify(old));
  assert.equal(data.schemaVersion, SCHEMA_VERSION);
  assert.equal(data.articles.a1?.note?.text, 'old');
});

test('a plain data file (lectern-data.json) is accepted as a backup', () => {
  const data = emptyData();
  assert.deepEqual(parseBackup(JSON.stringify(data)), data);
});

test('a backup with an article keyed "__proto__" is refused whole, never half-read', () => {
  const text = '{"schemaVersion":1,"settings":{"libraryFolder":null},"articles":{"__proto__":{"file":"a.txt","title":null,"highlights":[],"note":{"text":"kept?","updatedAt":"2024-01-01T00:00:00.000Z"}}}}';
  assert.throws(() => parseBackup(text), /damaged.*__proto__.*Nothing was changed/);
});
