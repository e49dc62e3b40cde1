// Runs in Node (tests). A renamed article file through the whole backend (store, service, search,
// watcher), as every host uses it: the note and highlight follow the file to its new article id, in
// the library list, the reader, search, and after a restart on the same data folder.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArticleMove, ArticleSummary, IndexProgress, LibraryDelta } from '../../common/contract.js';
import { IndexCache } from '../indexer/index-cache.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend, BackendOptions } from './backend-options.js';
import { createBackend } from './create-backend.js';

const QUOTE = 'expressed hope again';
const NOTE = 'Quillwort marmalade diplomacy';

describe('a renamed article file, through the backend', () => {
  let dir: string;
  let library: string;
  let options: BackendOptions;
  let backend: Backend;

  /**
   * Resolves once the rename has played out, waiting on pushed events only: when a change removes
   * `oldId` (the notes followed), or when an indexing run finishes after the new file was indexed
   * and the old article was kept as "file missing" (they did not). Gives the last summary pushed
   * for `newFile`, whether the old id was removed, and the moves the deltas announced.
   */
  function renameSettled(oldId: string, newFile: string): Promise<{ pushed: ArticleSummary | undefined; removed: boolean; moved: ArticleMove[]; flashedMissing: boolean }> {
    let pushed: ArticleSummary | undefined;
    let oldMissing = false;
    const moved: ArticleMove[] = [];
    return new Promise((resolve) => {
      const stop = backend.events.listenAll((event, payload) => {
        if (event === 'libraryUpdated') {
          const delta = payload as LibraryDelta;
          pushed = delta.upserted.find((a) => a.file === newFile) ?? pushed;
          moved.push(...(delta.moved ?? []));
          if (delta.upserted.some((a) => a.id === oldId && a.missing)) oldMissing = true;
          if (delta.removed.includes(oldId)) {
            stop();
            resolve({ pushed, removed: true, moved, flashedMissing: oldMissing });
          }
        } else if (event === 'indexProgress' && (payload as IndexProgress).state === 'done' && pushed && oldMissing) {
          stop();
          resolve({ pushed, removed: false, moved, flashedMissing: oldMissing });
        }
      });
    });
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-rename-service-'));
    library = path.join(dir, 'library');
    await cp(BUNDLED_LIBRARY, library, { recursive: true });
    options = { mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: BUNDLED_LIBRARY, libraryOverride: library };
    backend = await createBackend(options);
  });
  after(async () => {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the note and highlight move to the new id: list, reader, search, and after a restart', async () => {
    const target = (await backend.api.getLibrary()).articles.find((a) => a.site === 'RIA Novosti');
    assert.ok(target, 'the RIA Novosti seed is in the library');
    const oldId = target.id;
    const text = (await backend.api.getArticle(oldId)).paragraphs.join('\n\n');
    const start = text.indexOf(QUOTE);
    assert.ok(start >= 0);
    await backend.api.addHighlight({ articleId: oldId, start, end: start + QUOTE.length });
    await backend.api.saveNote(oldId, NOTE);
    // Searched once before the rename, so the search index holds the annotations under the old id.
    assert.ok((await backend.api.search('quillwort')).some((h) => h.articleId === oldId && h.kind === 'note'));

    const settled = renameSettled(oldId, 'nato-missile-defense.txt');
    await rename(path.join(library, target.file), path.join(library, 'nato-missile-defense.txt'));
    const { pushed, removed, moved, flashedMissing } = await settled;
    assert.ok(pushed, 'a change upserts the article at its new name');
    assert.ok(removed, 'a change removes the old id');
    assert.equal(flashedMissing, false, 'the article never showed as "file missing" on its way to the new name');
    const newId = pushed.id;
    assert.notEqual(newId, oldId);
    assert.deepEqual(moved, [{ from: oldId, to: newId }], 'a change says the article moved, so an open reader can follow');
    assert.deepEqual([pushed.hasNote, pushed.highlightCount, pushed.missing], [true, 1, undefined]);

    const list = (await backend.api.getLibrary()).articles;
    assert.equal(list.find((a) => a.id === oldId), undefined, 'the old id left the library');
    assert.deepEqual(list.filter((a) => a.missing).map((a) => a.file), [], 'nothing is "file missing"');
    const summary = list.find((a) => a.id === newId);
    assert.deepEqual([summary?.title, summary?.hasNote, summary?.highlightCount], [target.title, true, 1]);

    const article = await backend.api.getArticle(newId);
    assert.equal(article.note.text, NOTE);
    assert.equal(article.highlights.length, 1);
    const [highlight] = article.highlights;
    assert.ok(highlight && highlight.start !== null && highlight.end !== null, 'the highlight is placed in the text');
    assert.equal(article.paragraphs.join('\n\n').slice(highlight.start, highlight.end), QUOTE);
    await assert.rejects(backend.api.getArticle(oldId), /not in the open library/);

    const noteHits = await backend.api.search('quillwort marmalade');
    assert.ok(noteHits.some((h) => h.articleId === newId && h.kind === 'note'), 'search finds the note under the new id');
    assert.ok(!noteHits.some((h) => h.articleId === oldId), 'and not under the old one');
    const quoteHits = await backend.api.search(QUOTE);
    assert.ok(quoteHits.some((h) => h.articleId === newId && h.kind === 'highlight'), 'search finds the highlight under the new id');
    assert.ok(!quoteHits.some((h) => h.articleId === oldId), 'and nothing under the old one');

    // A reader still open on the old id (it has not taken in the change yet) keeps editing: the
    // edits land on the new id, with the annotations that moved.
    await backend.api.saveNote(oldId, `${NOTE}, edited`);
    await backend.api.updateHighlight(oldId, highlight.id, { color: 'green' });
    await backend.api.saveReadingPosition(oldId, { offset: start, progress: 0.4 });
    const edited = await backend.api.getArticle(newId);
    assert.deepEqual([edited.note.text, edited.highlights[0]?.color, edited.position?.progress], [`${NOTE}, edited`, 'green', 0.4]);
    assert.equal((await backend.api.getLibrary()).articles.find((a) => a.id === oldId), undefined, 'the old id stays gone');
    await backend.api.removeHighlight(oldId, highlight.id);
    assert.equal((await backend.api.getArticle(newId)).highlights.length, 0);
    await backend.api.restoreHighlight(oldId, highlight.id);
    assert.equal((await backend.api.getArticle(newId)).highlights.length, 1);
    await backend.api.saveNote(newId, NOTE);

    await backend.close();
    backend = await createBackend(options);
    const again = await backend.api.getLibrary();
    assert.equal(again.articles.find((a) => a.id === oldId), undefined);
    assert.deepEqual([again.articles.find((a) => a.id === newId)?.file, again.articles.find((a) => a.id === newId)?.hasNote], ['nato-missile-defense.txt', true]);
    const reopened = await backend.api.getArticle(newId);
    assert.equal(reopened.note.text, NOTE);
    assert.deepEqual(reopened.highlights.map((h) => [h.quote, h.start === null]), [[QUOTE, false]]);
    const afterRestart = await backend.api.search('quillwort');
    assert.deepEqual([...new Set(afterRestart.map((h) => h.articleId))], [newId]);
  });

  test('renamed while the backend was closed: on reopening, search finds the notes under the new id only', async () => {
    const target = (await backend.api.getLibrary()).articles.find((a) => a.file === '004_dc073a61c8a10674.txt');
    assert.ok(target);
    const text = (await backend.api.getArticle(target.id)).paragraphs.join('\n\n');
    const quote = 'legacy of the Cold War';
    const start = text.indexOf(quote);
    assert.ok(start >= 0);
    await backend.api.addHighlight({ articleId: target.id, start, end: start + quote.length });
    await backend.api.saveNote(target.id, 'Xylocarp guarantees');
    assert.ok((await backend.api.search('xylocarp')).some((h) => h.articleId === target.id));
    await backend.close();
    await rename(path.join(library, target.file), path.join(library, 'xinhua-guarantees.txt'));

    backend = await createBackend(options);
    const list = (await backend.api.getLibrary()).articles;
    const moved = list.find((a) => a.file === 'xinhua-guarantees.txt');
    assert.ok(moved);
    assert.equal(list.find((a) => a.id === target.id), undefined, 'the old id left the library');
    assert.deepEqual([moved.hasNote, moved.highlightCount, moved.missing], [true, 1, undefined]);
    const hits = await backend.api.search('xylocarp');
    assert.deepEqual([...new Set(hits.map((h) => h.articleId))], [moved.id]);
    const quoteHits = await backend.api.search(quote);
    assert.ok(quoteHits.some((h) => h.articleId === moved.id && h.kind === 'highlight'));
    assert.ok(!quoteHits.some((h) => h.articleId === target.id));
  });
  test('across an update that rebuilt the index cache: a renamed file keeps its notes, a deleted one stays "file missing"', async () => {
    const articles = (await backend.api.getLibrary()).articles;
    const renamed = articles.find((a) => a.file === '002_c8b28b8e38a8ef38.txt');
    const deleted = articles.find((a) => a !== renamed && !a.hasNote && !a.missing && a.file.startsWith('00'));
    assert.ok(renamed && deleted);
    await backend.api.saveNote(renamed.id, 'Zymurgy before the update');
    await backend.api.saveNote(deleted.id, 'Notes on a file that will be deleted');
    await backend.close();
    await rename(path.join(library, renamed.file), path.join(library, 'renamed-after-update.txt'));
    await rm(path.join(library, deleted.file));
    // As a new version of the extractor sees the cache: another stamp, and bodies it would read differently.
    const manifest = path.join(IndexCache.dirFor(path.join(options.dataDir, 'index-cache'), library), 'manifest.jsonl');
    const [header, ...entries] = (await readFile(manifest, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { article?: Record<string, unknown> | null });
    const earlier = [{ ...header, stamp: 'an-earlier-extractor' }, ...entries.map((e, i) => (e.article ? { ...e, article: { ...e.article, fingerprint: `read differently ${i}` } } : e))];
    await writeFile(manifest, earlier.map((line) => JSON.stringify(line)).join('\n') + '\n');

    backend = await createBackend(options);
    const list = (await backend.api.getLibrary()).articles;
    const moved = list.find((a) => a.file === 'renamed-after-update.txt');
    assert.ok(moved?.hasNote, 'the note followed the renamed file');
    assert.equal((await backend.api.getArticle(moved.id)).note.text, 'Zymurgy before the update');
    assert.equal(list.find((a) => a.id === renamed.id), undefined, 'the old id left the library');
    const missing = list.find((a) => a.id === deleted.id);
    assert.deepEqual([missing?.missing, missing?.hasNote], [true, true], 'the deleted file is listed as missing, with its note');
  });
});
