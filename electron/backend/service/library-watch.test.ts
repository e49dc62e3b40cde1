// Runs in Node (tests). The watched library through the service, over real files: a file added to
// the folder is pushed to the renderer; a deleted article with notes stays as "file missing" with
// its notes until the file returns (highlights found again in the changed text) or it is deleted.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LibraryDelta } from '../../common/contract.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend } from './backend-options.js';
import { createBackend } from './create-backend.js';

describe('the watched library folder', () => {
  let dir: string;
  let library: string;
  let backend: Backend;
  const deltas: LibraryDelta[] = [];

  /** Resolves with the first pushed change that satisfies `check` (waits on events, never a timer). */
  function nextDelta(check: (delta: LibraryDelta) => boolean): Promise<LibraryDelta> {
    return new Promise((resolve) => {
      const stop = backend.events.listenAll((event, payload) => {
        if (event === 'libraryUpdated' && check(payload as LibraryDelta)) {
          stop();
          resolve(payload as LibraryDelta);
        }
      });
    });
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-watch-'));
    library = path.join(dir, 'library');
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    backend = await createBackend({ mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: BUNDLED_LIBRARY, libraryOverride: library });
    backend.events.listenAll((event, payload) => {
      if (event === 'libraryUpdated') deltas.push(payload as LibraryDelta);
    });
    assert.equal((await backend.api.getLibrary()).articles.length, 5);
  });
  after(async () => {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a file added to the folder is pushed as a new article', async () => {
    const added = nextDelta((d) => d.upserted.some((a) => a.file === 'fresh.txt'));
    await writeFile(path.join(library, 'fresh.txt'), `A Fresh Capture Arrives\n\n${'This is a new story saved into the library while Lectern was open, and it reads like prose. '.repeat(8)}\n`);
    const delta = await added;
    assert.equal(delta.upserted.find((a) => a.file === 'fresh.txt')?.title, 'A Fresh Capture Arrives');
    assert.ok((await backend.api.getLibrary()).articles.some((a) => a.file === 'fresh.txt'));
  });

  test('a deleted file without notes leaves the library', async () => {
    const id = (await backend.api.getLibrary()).articles.find((a) => a.file === 'fresh.txt')?.id ?? '';
    const removed = nextDelta((d) => d.removed.includes(id));
    await unlink(path.join(library, 'fresh.txt'));
    await removed;
    assert.ok(!(await backend.api.getLibrary()).articles.some((a) => a.id === id));
  });

  test('a deleted annotated article is kept as "file missing" and found again when the file returns', async () => {
    const target = (await backend.api.getLibrary()).articles.find((a) => a.site === 'RIA Novosti');
    assert.ok(target);
    const article = await backend.api.getArticle(target.id);
    const text = article.paragraphs.join('\n\n');
    const start = text.indexOf('expressed hope again');
    await backend.api.addHighlight({ articleId: target.id, start, end: start + 'expressed hope again'.length });
    await backend.api.saveNote(target.id, 'Keep this thought');
    const file = path.join(library, target.file);
    const original = await readFile(file, 'utf8');

    const missing = nextDelta((d) => d.upserted.some((a) => a.id === target.id && a.missing === true));
    await unlink(file);
    await missing;
    const summary = (await backend.api.getLibrary()).articles.find((a) => a.id === target.id);
    assert.deepEqual([summary?.missing, summary?.hasNote, summary?.highlightCount], [true, true, 1]);
    const kept = await backend.api.getArticle(target.id);
    assert.equal(kept.note.text, 'Keep this thought');
    assert.equal(kept.highlights[0]?.quote, 'expressed hope again');

    // It comes back edited: a paragraph in front moves the passage, and the highlight follows it.
    const back = nextDelta((d) => d.upserted.some((a) => a.id === target.id && !a.missing));
    await writeFile(file, original.replace('expressed hope again', 'expressed hope again, once more,'));
    await back;
    const restored = await backend.api.getArticle(target.id);
    assert.equal(restored.missing, undefined);
    assert.equal(restored.note.text, 'Keep this thought');
    const highlight = restored.highlights[0];
    const restoredText = restored.paragraphs.join('\n\n');
    assert.equal(restoredText.slice(highlight?.start ?? 0, highlight?.end ?? 0), 'expressed hope again');
  });

  test('the notes of a missing article can be deleted, and it leaves the library', async () => {
    const target = (await backend.api.getLibrary()).articles.find((a) => a.site !== 'RIA Novosti' && !a.missing);
    assert.ok(target);
    await backend.api.saveNote(target.id, 'To be deleted');
    const missing = nextDelta((d) => d.upserted.some((a) => a.id === target.id && a.missing === true));
    await unlink(path.join(library, target.file));
    await missing;
    const removed = nextDelta((d) => d.removed.includes(target.id));
    await backend.api.forgetArticle(target.id);
    await removed;
    assert.ok(!(await backend.api.getLibrary()).articles.some((a) => a.id === target.id));
    const hits = await backend.api.search('deleted');
    assert.ok(!hits.some((h) => h.articleId === target.id));
  });
});
