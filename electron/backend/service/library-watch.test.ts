// Runs in Node (tests). The watched library through the service, over real files: a file added to
// the folder is pushed to the renderer; a deleted article with notes stays as "file missing" with
// its notes until the file returns (highlights found again in the changed text) or it is deleted.
// A file renamed or moved, with the app open or closed, keeps its notes, highlights and position.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArticleSummary, LibraryDelta } from '../../common/contract.js';
import { describeRange } from '../anchoring/describe-range.js';
import { bodyText } from '../indexer/article.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { AnnotationStore } from '../store/annotation-store.js';
import type { Backend } from './backend-options.js';
import { createBackend } from './create-backend.js';
import { EventHub } from './events.js';
import { LibraryHost } from './library-host.js';
import type { LibrarySession } from './library-session.js';
import { articleViewOf } from './views.js';

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

describe('a renamed or moved file keeps its notes and highlights', () => {
  let dir: string;
  let library: string;
  let dataDir: string;
  let store: AnnotationStore;
  let events: EventHub;
  let host: LibraryHost;
  let session: LibrarySession;

  /** Starts the library side of the app on the data folder, as the service does, and waits for indexing. */
  async function openApp(): Promise<void> {
    store = await AnnotationStore.open(dataDir);
    events = new EventHub();
    host = new LibraryHost(path.join(dataDir, 'index-cache'), (id) => store.record(id), events, store);
    session = await host.open(library, false);
    await session.ready;
  }
  async function closeApp(): Promise<void> {
    await host.close();
    await store.close();
  }

  /** The library list as the person sees it. */
  const listing = (): ArticleSummary[] => host.viewNow(session).articles;
  const row = (file: string): ArticleSummary | undefined => listing().find((a) => a.file === file);

  /** The article at `file` as the reader opens it: highlights placed in its current text. */
  function opened(file: string) {
    const id = row(file)?.id ?? '';
    return articleViewOf(session.article(id), store.record(id));
  }

  /** What the person does in the reader: highlights `quote`, writes a note, reads to the middle. */
  async function annotate(file: string, quote: string, note: string): Promise<string> {
    const article = session.article(row(file)?.id ?? '');
    const text = bodyText(article.paragraphs);
    const start = text.indexOf(quote);
    assert.ok(start >= 0, `${file} says "${quote}"`);
    const createdAt = new Date().toISOString();
    const target = { fingerprint: article.fingerprint, ...describeRange(text, start, start + quote.length) };
    const meta = { file, title: article.title };
    await store.addHighlight(article.id, meta, { id: randomUUID(), color: 'yellow', createdAt, updatedAt: createdAt, note: 'why it matters', target });
    await store.saveNote(article.id, meta, note);
    await store.saveReadingPosition(article.id, meta, { offset: start, progress: 0.5 });
    return article.id;
  }

  /** Resolves with the first pushed change that satisfies `check` (waits on events, never a timer). */
  function nextDelta(check: (delta: LibraryDelta) => boolean): Promise<LibraryDelta> {
    return new Promise((resolve) => {
      const stop = events.listenAll((event, payload) => {
        if (event === 'libraryUpdated' && check(payload as LibraryDelta)) {
          stop();
          resolve(payload as LibraryDelta);
        }
      });
    });
  }

  /** The article at `file` shows the note, the one highlight (on `quote`) and the reading position. */
  function assertAnnotated(file: string, quote: string, note: string): void {
    const summary = row(file);
    assert.deepEqual([summary?.missing, summary?.hasNote, summary?.highlightCount, summary?.read], [undefined, true, 1, true]);
    const article = opened(file);
    assert.equal(article.note.text, note);
    const [highlight] = article.highlights;
    assert.equal(highlight?.note, 'why it matters');
    assert.equal(bodyText(article.paragraphs).slice(highlight?.start ?? 0, highlight?.end ?? 0), quote);
    assert.equal(article.position?.progress, 0.5);
  }

  const nothingMissing = () => assert.deepEqual(listing().filter((a) => a.missing).map((a) => a.file), []);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-rename-'));
    library = path.join(dir, 'library');
    dataDir = path.join(dir, 'data');
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    await openApp();
  });
  after(async () => {
    await closeApp();
    await rm(dir, { recursive: true, force: true });
  });

  test('a renamed file shows its note, highlight and reading position under the new name', async () => {
    const quote = 'not "threaten" Russia';
    const id = await annotate('002_c8b28b8e38a8ef38.txt', quote, 'Renamed, not forgotten');
    const moved = nextDelta((d) => d.removed.includes(id));
    await rename(path.join(library, '002_c8b28b8e38a8ef38.txt'), path.join(library, 'rasmussen-april.txt'));
    const delta = await moved;
    const pushed = delta.upserted.find((a) => a.file === 'rasmussen-april.txt');
    assert.deepEqual([pushed?.hasNote, pushed?.highlightCount, pushed?.missing], [true, 1, undefined]);
    assertAnnotated('rasmussen-april.txt', quote, 'Renamed, not forgotten');
    assert.equal(row('002_c8b28b8e38a8ef38.txt'), undefined);
    nothingMissing();
    assert.equal(store.record(id), undefined, 'the old id holds nothing any more');
  });

  test('moved into a subfolder, and edited a little on the way, it keeps them too', async () => {
    const quote = 'true, fresh start';
    const file = '003_ef7d9ec64a0fa1e4.txt';
    const id = await annotate(file, quote, 'Lisbon summit');
    const moved = nextDelta((d) => d.removed.includes(id));
    const text = await readFile(path.join(library, file), 'utf8');
    await mkdir(path.join(library, 'archive', '2010'), { recursive: true });
    await writeFile(path.join(library, 'archive', '2010', 'lisbon.txt'), text.replace('by June 2011.', 'by June 2011, officials said.'));
    await unlink(path.join(library, file));
    await moved;
    assertAnnotated('archive/2010/lisbon.txt', quote, 'Lisbon summit');
    assert.match(bodyText(opened('archive/2010/lisbon.txt').paragraphs), /officials said/);
    nothingMissing();
  });

  test('renamed while Lectern was closed: on reopening, the notes are under the new name', async () => {
    const quote = 'legacy of the Cold War';
    const id = await annotate('004_dc073a61c8a10674.txt', quote, 'Read again later');
    // Only opened and read, no notes: the reading position follows the file as well.
    const readOnly = row('001_81f2a9664f42a5d4.txt');
    assert.ok(readOnly);
    await store.saveReadingPosition(readOnly.id, { file: readOnly.file, title: readOnly.title }, { offset: 0, progress: 1 });
    await closeApp();
    await mkdir(path.join(library, 'xinhua'));
    await rename(path.join(library, '004_dc073a61c8a10674.txt'), path.join(library, 'xinhua', 'guarantees.txt'));
    await rename(path.join(library, '001_81f2a9664f42a5d4.txt'), path.join(library, 'atominfo.txt'));
    await openApp();
    assertAnnotated('xinhua/guarantees.txt', quote, 'Read again later');
    assert.deepEqual([row('atominfo.txt')?.read, row('atominfo.txt')?.progress], [true, 1]);
    assert.equal(row('001_81f2a9664f42a5d4.txt'), undefined);
    nothingMissing();
    assert.equal(store.record(id), undefined);
  });

  test('two files with the same text as the vanished one: no guess, it stays "file missing" with its notes', async () => {
    const source = path.join(library, 'rasmussen-april.txt');
    const id = row('rasmussen-april.txt')?.id;
    await closeApp();
    await copyFile(source, path.join(library, 'copy-a.txt'));
    await copyFile(source, path.join(library, 'copy-b.txt'));
    await unlink(source);
    await openApp();
    const missing = row('rasmussen-april.txt');
    assert.deepEqual([missing?.id, missing?.missing, missing?.hasNote, missing?.highlightCount], [id, true, true, 1]);
    assert.deepEqual([row('copy-a.txt')?.hasNote, row('copy-b.txt')?.hasNote], [false, false]);
  });
});
