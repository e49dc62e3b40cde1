// Runs in Node. AnnotationStore against real temp folders: what is saved is really on disk.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { AnnotationStore, DATA_FILE_NAME } from './annotation-store.js';
import { DEFAULT_EXPORT_PREFERENCES, DEFAULT_READER_PREFERENCES, SCHEMA_VERSION, type StoredHighlight } from './data-schema.js';

let dir: string;
const open: AnnotationStore[] = [];
const meta = { file: 'world/nato.html', title: 'NATO Hopes' };

async function openStore(folder = dir): Promise<AnnotationStore> {
  const store = await AnnotationStore.open(folder);
  open.push(store);
  return store;
}

async function reopen(store: AnnotationStore): Promise<AnnotationStore> {
  await store.close();
  return openStore(path.dirname(store.file));
}

async function rawData(): Promise<unknown> {
  return JSON.parse(await readFile(path.join(dir, DATA_FILE_NAME), 'utf8'));
}

function highlight(id: string, exact = 'missile defence'): StoredHighlight {
  return {
    id,
    color: 'green',
    createdAt: '2024-01-31T10:00:00.000Z',
    updatedAt: '2024-01-31T10:00:00.000Z',
    note: '',
    target: {
      fingerprint: 'abc',
      quote: { type: 'TextQuoteSelector', exact, prefix: 'on ', suffix: ' with' },
      position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
    },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-store-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('AnnotationStore', () => {
  test('a fresh folder is created with an empty, valid data file and no warning', async () => {
    const nested = path.join(dir, 'a', 'b');
    const store = await openStore(nested);
    assert.equal(store.file, path.join(nested, DATA_FILE_NAME));
    assert.deepEqual(store.warnings, []);
    assert.deepEqual(store.settings(), { libraryFolder: null, reader: DEFAULT_READER_PREFERENCES, export: DEFAULT_EXPORT_PREFERENCES });
    const raw = JSON.parse(await readFile(store.file, 'utf8'));
    assert.equal(raw.schemaVersion, SCHEMA_VERSION);
  });

  test('highlights and notes are on disk: raw file and a new store instance agree', async () => {
    const store = await openStore();
    await store.addHighlight('a1', meta, highlight('h1'));
    const note = await store.saveNote('a1', { ...meta, title: 'Renamed' }, 'My **note**');
    assert.equal(note.text, 'My **note**');
    assert.ok(!Number.isNaN(Date.parse(note.updatedAt)));

    const raw = (await rawData()) as { articles: Record<string, { title: string; highlights: unknown[] }> };
    assert.equal(raw.articles.a1?.title, 'Renamed');
    assert.deepEqual(raw.articles.a1?.highlights, [highlight('h1')]);

    const again = await reopen(store);
    assert.deepEqual(again.record('a1'), {
      file: meta.file,
      title: 'Renamed',
      highlights: [highlight('h1')],
      note,
      reading: null,
    });
    assert.equal(again.allRecords().size, 1);
  });

  test('hard text round-trips exactly: emoji, RTL, combining marks, 1 MB', async () => {
    const texts = [
      'Family 👨‍👩‍👧‍👦 flags 🇺🇦🇯🇵 and skin tones 👍🏽',
      'مرحبا بالعالم — שלום עולם (mixed ltr) ‏RLM‎',
      'Cafe\u0301 vs Café; Z̤̈a̐l̃g̈o; ﷽; \u0000 NUL and \u2028 separators',
      'x'.repeat(512 * 1024) + 'ü'.repeat(256 * 1024),
    ];
    let store = await openStore();
    for (const [i, text] of texts.entries()) {
      await store.saveNote(`n${i}`, meta, text);
    }
    store = await reopen(store);
    for (const [i, text] of texts.entries()) {
      assert.equal(store.record(`n${i}`)?.note?.text, text, `note ${i}`);
    }
  });

  test('many concurrent saveNote calls end with the last value on disk', async () => {
    const store = await openStore();
    const saves = Array.from({ length: 200 }, (_, i) => store.saveNote('a1', meta, `version ${i}`));
    const results = await Promise.all(saves);
    assert.equal(results.at(-1)?.text, 'version 199');
    const raw = (await rawData()) as { articles: Record<string, { note: { text: string } }> };
    assert.equal(raw.articles.a1?.note.text, 'version 199');
    assert.equal((await reopen(store)).record('a1')?.note?.text, 'version 199');
  });

  test('each mutation is on disk when its promise resolves', async () => {
    const store = await openStore();
    for (let i = 0; i < 20; i++) {
      await store.saveNote('a1', meta, `v${i}`);
      const raw = (await rawData()) as { articles: Record<string, { note: { text: string } }> };
      assert.equal(raw.articles.a1?.note.text, `v${i}`);
    }
  });

  test('an empty note keeps the record with text ""', async () => {
    const store = await openStore();
    await store.saveNote('a1', meta, 'something');
    await store.saveNote('a1', meta, '');
    assert.equal((await reopen(store)).record('a1')?.note?.text, '');
  });

  test('removeHighlight removes only that highlight and reports unknown ids', async () => {
    const store = await openStore();
    await store.addHighlight('a1', meta, highlight('h1'));
    await store.addHighlight('a1', meta, highlight('h2', 'accord'));
    assert.equal(await store.removeHighlight('a1', 'h1'), true);
    assert.equal(await store.removeHighlight('a1', 'h1'), false);
    assert.equal(await store.removeHighlight('nope', 'h2'), false);
    const again = await reopen(store);
    assert.deepEqual(again.record('a1')?.highlights.map((h) => h.id), ['h2']);
  });

  test('duplicate or malformed highlights are refused and nothing is written', async () => {
    const store = await openStore();
    await store.addHighlight('a1', meta, highlight('h1'));
    await assert.rejects(store.addHighlight('a1', meta, highlight('h1')), { code: 'invalid-argument' });
    const bad = { ...highlight('h3'), color: 'red' } as unknown as StoredHighlight;
    await assert.rejects(store.addHighlight('a1', meta, bad), { code: 'invalid-argument' });
    assert.equal(store.record('a1')?.highlights.length, 1);
  });

  test('settings persist', async () => {
    const store = await openStore();
    await store.updateSettings({ libraryFolder: '/home/me/News' });
    await store.updateSettings({ reader: { ...DEFAULT_READER_PREFERENCES, theme: 'dark', fontSize: 22 } });
    assert.deepEqual((await reopen(store)).settings(), { libraryFolder: '/home/me/News', reader: { ...DEFAULT_READER_PREFERENCES, theme: 'dark', fontSize: 22 }, export: { ...DEFAULT_EXPORT_PREFERENCES } });
  });

  test('returned records are copies: changing them changes nothing stored', async () => {
    const store = await openStore();
    await store.saveNote('a1', meta, 'kept');
    const copy = store.record('a1');
    assert.ok(copy?.note);
    copy.note.text = 'changed';
    assert.equal(store.record('a1')?.note?.text, 'kept');
  });

  test('no temp files are left behind after writes', async () => {
    const store = await openStore();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.saveNote(`a${i % 5}`, meta, `t${i}`)));
    await store.flush();
    assert.deepEqual((await readdir(dir)).sort(), ['backups', DATA_FILE_NAME, `${DATA_FILE_NAME}.lock`]);
    assert.ok((await readdir(path.join(dir, 'backups'))).every((name) => !name.endsWith('.tmp')));
  });

  test('a second store on the same file in one process is refused until the first is closed', async () => {
    const store = await openStore();
    await assert.rejects(AnnotationStore.open(dir), /already open/);
    await store.close();
    await openStore();
  });
});

describe('AnnotationStore with a damaged data file', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['garbage bytes', Uint8Array.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x0a])],
    ['valid JSON of the wrong shape', Buffer.from('{"schemaVersion":1,"notes":["a"]}\n')],
    ['truncated JSON', Buffer.from('{"schemaVersion":1,"settings":{"libraryFolder":null},"articles":{"a1":{"fi')],
    ['an empty file', new Uint8Array()],
  ];

  for (const [name, bytes] of cases) {
    test(`${name}: moved aside intact, warning names the path, new file works`, async () => {
      await writeFile(path.join(dir, DATA_FILE_NAME), bytes);
      const store = await openStore();

      const aside = (await readdir(dir)).filter((f) => /^lectern-data\.corrupt-\d{8}-\d{6}\.json$/.test(f));
      assert.equal(aside.length, 1);
      const asidePath = path.join(dir, aside[0] ?? '');
      assert.deepEqual(new Uint8Array(await readFile(asidePath)), new Uint8Array(bytes));

      assert.equal(store.warnings.length, 1);
      assert.ok(store.warnings[0]?.includes(asidePath), store.warnings[0]);

      await store.saveNote('a1', meta, 'fresh start');
      assert.equal((await reopen(store)).record('a1')?.note?.text, 'fresh start');
      assert.deepEqual((await readFile(asidePath)).length, bytes.length);
    });
  }

  test('two damaged files in a row never overwrite an earlier one', async () => {
    const file = path.join(dir, DATA_FILE_NAME);
    await writeFile(file, 'first');
    await (await openStore()).close();
    open.length = 0;
    await writeFile(file, 'second');
    await openStore();
    const aside = (await readdir(dir)).filter((f) => f.includes('.corrupt-')).sort();
    assert.equal(aside.length, 2);
    const contents = await Promise.all(aside.map((f) => readFile(path.join(dir, f), 'utf8')));
    assert.deepEqual(contents.sort(), ['first', 'second']);
  });

  test('a file from a newer Lectern is left untouched and opening fails clearly', async () => {
    const file = path.join(dir, DATA_FILE_NAME);
    const text = '{"schemaVersion":99,"everything":"new"}';
    await writeFile(file, text);
    await assert.rejects(AnnotationStore.open(dir), /newer version of Lectern/);
    assert.equal(await readFile(file, 'utf8'), text);
    assert.deepEqual(await readdir(dir), [DATA_FILE_NAME]);
  });

  test('a data folder that cannot be created fails with a clear message', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    await assert.rejects(AnnotationStore.open(path.join(blocker, 'data')), /cannot use its data folder/);
  });
});

describe('AnnotationStore: highlight notes, colours and exact text', () => {
  test('updateHighlight changes colour and note on disk; restoreHighlight puts one back as it was', async () => {
    const store = await openStore();
    await store.addHighlight('a1', meta, highlight('h1'));
    const updated = await store.updateHighlight('a1', 'h1', { color: 'purple', note: 'Why *now*?' });
    assert.equal(updated?.color, 'purple');
    assert.equal(await store.updateHighlight('a1', 'nope', { color: 'blue' }), null);
    const stored = store.record('a1')?.highlights[0];
    assert.ok(stored);
    await store.removeHighlight('a1', 'h1');
    assert.equal(await store.restoreHighlight('a1', meta, stored), true);
    assert.equal(await store.restoreHighlight('a1', meta, stored), false, 'never twice');
    const again = await reopen(store);
    assert.deepEqual(again.record('a1')?.highlights, [stored]);
    assert.equal(stored.note, 'Why *now*?');
  });

  test('1 MB of text, emoji, right-to-left scripts and combining characters round-trip exactly', async () => {
    const store = await openStore();
    const tricky = 'e\u0301 vs é · 👩🏽‍🔬🇺🇦 · עברית مرحبا \u202Eevil\u202C · Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ · \u0000\uFEFF';
    const big = `${tricky}\n${'x'.repeat(1024 * 1024)}\n${tricky}`;
    await store.saveNote('a1', meta, big);
    await store.addHighlight('a1', meta, highlight('h1'));
    await store.updateHighlight('a1', 'h1', { note: tricky });
    const again = await reopen(store);
    assert.equal(again.record('a1')?.note?.text, big);
    assert.equal(again.record('a1')?.highlights[0]?.note, tricky);
    assert.equal(again.record('a1')?.note?.text.normalize('NFC') === big, false, 'not normalised on the way');
  });
});

describe('AnnotationStore: a renamed file takes its annotations along', () => {
  const renamed = { file: 'world/2013/nato.html', title: 'NATO Hopes' };

  test('moveRecord puts everything under the new id, on disk, and nothing under the old one', async () => {
    const store = await openStore();
    await store.addHighlight('old', meta, highlight('h1'));
    await store.saveNote('old', meta, 'Follow this story');
    await store.saveReadingPosition('old', meta, { offset: 120, progress: 0.4 });
    const before = store.record('old');
    assert.equal(await store.moveRecord('old', 'new', renamed), true);
    const again = await reopen(store);
    assert.equal(again.record('old'), undefined);
    assert.deepEqual(again.record('new'), { ...before, file: renamed.file });
    assert.equal(await again.moveRecord('old', 'new', renamed), false, 'nothing left to move');
  });

  test('into an id that already has annotations, both are kept: every word of both notes, every highlight', async () => {
    const store = await openStore();
    await store.addHighlight('new', renamed, highlight('mine', 'accord'));
    await store.saveNote('new', renamed, 'Written on the new path');
    await store.addHighlight('old', meta, highlight('theirs'));
    await store.saveNote('old', meta, 'Written before the rename');
    await store.saveReadingPosition('old', meta, { offset: 300, progress: 0.9 });
    assert.equal(await store.moveRecord('old', 'new', renamed), true);
    const record = (await reopen(store)).record('new');
    assert.deepEqual(record?.highlights.map((h) => h.id).sort(), ['mine', 'theirs']);
    assert.equal(record?.note?.text, 'Written on the new path\n\nWritten before the rename');
    assert.equal(record?.reading?.offset, 300);
  });

  test('the same highlight edited on both sides keeps the newer edit, and the other as a revision', async () => {
    const store = await openStore();
    await store.addHighlight('new', renamed, { ...highlight('h1'), note: 'older note' });
    await store.addHighlight('old', meta, { ...highlight('h1'), note: 'newer note', color: 'pink', updatedAt: '2024-02-01T10:00:00.000Z' });
    await store.moveRecord('old', 'new', renamed);
    const record = (await reopen(store)).record('new');
    assert.deepEqual(record?.highlights.map((h) => [h.note, h.color]), [['newer note', 'pink']]);
    assert.deepEqual(record?.revisions?.map((r) => [r.kind, r.text, r.color]), [['highlight', 'older note', 'green']]);
  });
});
