// Runs in Node (tests). The backend as every host uses it, over real files: annotations survive
// restarts, the chosen library is remembered, bad folders get clear messages.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { IndexCache } from '../indexer/index-cache.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { BackendOptions } from './backend-options.js';
import { createBackend } from './create-backend.js';

describe('the backend service', () => {
  let dir: string;
  let options: BackendOptions;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-service-'));
    await cp(BUNDLED_LIBRARY, path.join(dir, 'bundled'), { recursive: true });
    options = { mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: path.join(dir, 'bundled') };
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  async function firstArticleId(backend: Awaited<ReturnType<typeof createBackend>>): Promise<string> {
    const library = await backend.api.getLibrary();
    const first = library.articles.find((a) => a.title === 'NATO Hopes for Missile Defense Accord with Russia' && a.site === 'RIA Novosti');
    assert.ok(first, 'the RIA Novosti seed is in the library');
    return first.id;
  }

  test('highlights and notes survive a restart, with their quote', async () => {
    const backend = await createBackend(options);
    const id = await firstArticleId(backend);
    const article = await backend.api.getArticle(id);
    const text = article.paragraphs.join('\n\n');
    const start = text.indexOf('expressed hope again');
    await backend.api.addHighlight({ articleId: id, start, end: start + 'expressed hope again'.length });
    await backend.api.saveNote(id, 'first thoughts ✍️');
    await backend.close();

    const again = await createBackend(options);
    const reopened = await again.api.getArticle(await firstArticleId(again));
    assert.equal(reopened.note.text, 'first thoughts ✍️');
    assert.deepEqual(reopened.highlights.map((h) => [h.quote, h.start]), [['expressed hope again', start]]);
    const summary = (await again.api.getLibrary()).articles.find((a) => a.id === id);
    assert.deepEqual([summary?.highlightCount, summary?.hasNote], [1, true]);
    await again.close();
  });

  test('a highlight trims surrounding spaces and refuses an empty or out-of-range selection', async () => {
    const backend = await createBackend(options);
    const id = await firstArticleId(backend);
    const text = (await backend.api.getArticle(id)).paragraphs.join('\n\n');
    const at = text.indexOf(' NATO ');
    const highlight = await backend.api.addHighlight({ articleId: id, start: at, end: at + ' NATO '.length });
    assert.equal(highlight.quote, 'NATO');
    await assert.rejects(backend.api.addHighlight({ articleId: id, start: at, end: at + 1 }), /Select some words/);
    await assert.rejects(backend.api.addHighlight({ articleId: id, start: 0, end: text.length + 5 }), /outside the article/);
    await backend.close();
  });

  test('the chosen library folder is remembered across restarts', async () => {
    const other = path.join(dir, 'other');
    await cp(path.join(dir, 'bundled'), other, { recursive: true });
    await rm(path.join(other, (await readdir(other))[0] as string));
    const backend = await createBackend(options);
    assert.equal((await backend.api.getLibrary()).bundled, true);
    const opened = await backend.api.openLibrary(other);
    assert.equal(opened.articles.length, 4);
    await backend.close();

    const again = await createBackend(options);
    const library = await again.api.getLibrary();
    assert.deepEqual([library.folder, library.bundled, library.articles.length], [other, false, 4]);
    await again.close();
  });

  test('a remembered folder that has gone opens from its index cache; with no cache, the bundled library opens and says so', async () => {
    const gone = path.join(dir, 'gone');
    await cp(path.join(dir, 'bundled'), gone, { recursive: true });
    const backend = await createBackend(options);
    await backend.api.openLibrary(gone);
    await backend.close();
    await rm(gone, { recursive: true });

    const unplugged = await createBackend(options);
    const view = await unplugged.api.getLibrary();
    assert.deepEqual([view.folder, view.unavailable, view.articles.length], [gone, true, 5]);
    await unplugged.close();

    await rm(IndexCache.dirFor(path.join(options.dataDir, 'index-cache'), gone), { recursive: true });
    const again = await createBackend(options);
    const info = await again.api.getAppInfo();
    assert.equal((await again.api.getLibrary()).bundled, true);
    assert.ok(info.warnings.some((w) => w.includes(gone)), 'the warning names the missing folder');
    await again.close();
  });

  test('opening a folder that does not exist is refused with a clear message, and nothing changes', async () => {
    const backend = await createBackend(options);
    await assert.rejects(backend.api.openLibrary(path.join(dir, 'nope')), (error: Error) => /nope/.test(error.message));
    assert.equal((await backend.api.getLibrary()).bundled, true);
    await backend.close();
  });

  test('a folder with broken files lists what it can and names each problem', async () => {
    const messy = path.join(dir, 'messy');
    await cp(path.join(dir, 'bundled'), messy, { recursive: true });
    await writeFile(path.join(messy, 'empty.txt'), '');
    await writeFile(path.join(messy, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 10, 0]));
    const backend = await createBackend(options);
    const library = await backend.api.openLibrary(messy);
    assert.equal(library.articles.length, 5);
    assert.deepEqual(library.errors.map((e) => e.file).sort(), ['binary.txt', 'empty.txt']);
    assert.ok(library.errors.every((e) => e.message.length > 10));
    await backend.close();
  });

  test('choosing a path natively is refused in browser mode', async () => {
    const backend = await createBackend(options);
    await assert.rejects(backend.api.choosePath({ kind: 'folder', title: 'Open' }), /desktop app/);
    await backend.close();
  });
});
