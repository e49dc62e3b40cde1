// Runs in Node (tests). A library folder that goes away (removed, renamed, its drive unplugged) keeps
// its list, readable from the index cache with its notes, and the library catches up with the folder
// once it is back; a library indexed before opens that way when its folder is missing at start.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LecternEvents, LibraryDelta } from '../../common/contract.js';
import { writeDistinctArticles } from '../indexer/seeds.fixture.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend } from './backend-options.js';
import { createBackend } from './create-backend.js';

describe('a library folder that goes away and comes back', { timeout: 60_000 }, () => {
  let dir: string;
  let library: string;
  let backend: Backend;

  const start = () => createBackend({ mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: BUNDLED_LIBRARY, libraryOverride: library });

  /**
   * Resolves with the first `event` whose payload satisfies `check` (waits on events, never a timer).
   * The folder is looked for by a timer that holds no process open (nor do the watches): in the app
   * its server does, here a timer that does nothing.
   */
  function next<E extends 'libraryUpdated' | 'indexProgress'>(event: E, check: (payload: LecternEvents[E]) => boolean): Promise<void> {
    const alive = setInterval(() => undefined, 1000);
    return new Promise((resolve) => {
      const stop = backend.events.listenAll((name, payload) => {
        if ((name as string) === event && check(payload as LecternEvents[E])) {
          stop();
          clearInterval(alive);
          resolve();
        }
      });
    });
  }
  const nextDelta = (check: (delta: LibraryDelta) => boolean) => next('libraryUpdated', check);

  /** The folder back as the seeds, but one gone, one retitled and one new. */
  async function bringBackChanged(): Promise<{ gone: string; retitled: string }> {
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    const [gone, retitled] = (await readdir(library)).sort();
    assert.ok(gone && retitled);
    await rm(path.join(library, gone));
    const text = await readFile(path.join(library, retitled), 'utf8');
    await writeFile(path.join(library, retitled), text.replaceAll('NATO Hopes for Missile Defense Accord with Russia', 'NATO Still Hopes for an Accord'));
    await writeFile(path.join(library, 'arrived.txt'), `Saved While Away\n\n${'A story saved into the folder while it was away, long enough to read as prose. '.repeat(8)}\n`);
    return { gone, retitled };
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-presence-'));
    library = path.join(dir, 'library');
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    backend = await start();
    assert.equal((await backend.api.getLibrary()).articles.length, 5);
  });
  after(async () => {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('while the folder is gone, every article stays listed and readable, with its note', async () => {
    const target = (await backend.api.getLibrary()).articles.find((a) => a.site === 'RFE/RL');
    assert.ok(target);
    await backend.api.saveNote(target.id, 'Written before the drive was unplugged');
    const unavailable = nextDelta((d) => d.unavailable === true);
    await rm(library, { recursive: true });
    await unavailable;
    const view = await backend.api.getLibrary();
    assert.equal(view.unavailable, true);
    assert.equal(view.articles.length, 5);
    assert.ok(view.articles.every((a) => !a.missing), 'nothing is marked missing for the folder going');
    const article = await backend.api.getArticle(target.id);
    assert.match(article.paragraphs.join('\n'), /Rasmussen/);
    assert.equal(article.note.text, 'Written before the drive was unplugged');
    await assert.rejects(backend.api.getOriginal(target.id), /library folder is not available/);
  });

  test('once the folder is back, what changed meanwhile is caught up and the notice goes', async () => {
    const back = nextDelta((d) => d.unavailable === undefined && d.upserted.some((a) => a.file === 'arrived.txt'));
    const { gone, retitled } = await bringBackChanged();
    await back;
    const view = await backend.api.getLibrary();
    assert.equal(view.unavailable, undefined);
    const files = view.articles.map((a) => a.file).sort();
    assert.ok(files.includes('arrived.txt') && !files.includes(gone), files.join(', '));
    assert.equal(view.articles.find((a) => a.file === retitled)?.title, 'NATO Still Hopes for an Accord');
  });

  test('missing when Lectern starts, an indexed library opens from its cache and catches up when the folder comes', async () => {
    const before = (await backend.api.getLibrary()).articles.length;
    await backend.close();
    await rm(library, { recursive: true });
    backend = await start();
    const view = await backend.api.getLibrary();
    assert.deepEqual([view.folder, view.bundled, view.unavailable, view.articles.length], [library, false, true, before]);
    assert.deepEqual((await backend.api.getAppInfo()).warnings, []);

    const back = nextDelta((d) => d.unavailable === undefined);
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    await back;
    const caught = await backend.api.getLibrary();
    assert.equal(caught.unavailable, undefined);
    assert.deepEqual(caught.articles.map((a) => a.file).sort(), (await readdir(BUNDLED_LIBRARY)).sort());
  });

  test('gone in the middle of a first index, the folder is indexed in full once it is back, with no file reported unreadable', async () => {
    await backend.close();
    library = path.join(dir, 'large');
    const copy = path.join(dir, 'large-copy');
    const FILES = 600;
    await writeDistinctArticles(copy, FILES);
    await cp(copy, library, { recursive: true });
    backend = await start();
    const indexing = next('indexProgress', (progress) => progress.state === 'indexing' && progress.done > 0);
    void backend.api.getLibrary();
    await indexing;
    const unavailable = nextDelta((d) => d.unavailable === true);
    await rm(library, { recursive: true });
    await unavailable;

    const caughtUp = next('indexProgress', (progress) => progress.state === 'done');
    await rename(copy, library); // all at once, as a drive is mounted
    await caughtUp;
    const view = await backend.api.getLibrary();
    assert.equal(view.unavailable, undefined);
    assert.equal(view.articles.length, FILES);
    assert.deepEqual(view.errors, []);
  });

  test('a folder never indexed and missing at start is reported, and the bundled library opens', async () => {
    await backend.close();
    library = path.join(dir, 'never-indexed');
    backend = await start();
    const view = await backend.api.getLibrary();
    assert.equal(view.bundled, true);
    assert.match((await backend.api.getAppInfo()).warnings.join('\n'), /could not be opened/);
  });
});
