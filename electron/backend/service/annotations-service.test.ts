// Runs in Node (tests). Highlights through the service, as the app uses them: colours and notes,
// undo of a removal, export of notes and orphans, and annotations that survive the library folder
// being moved or renamed and the article file being edited.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { LecternApi } from '../../common/contract.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend, BackendOptions } from './backend-options.js';
import { createBackend } from './create-backend.js';

const TITLE = 'NATO Hopes for Missile Defense Accord with Russia';
const PHRASE = 'legal guarantees that the system would not be aimed against Russia';

describe('highlights through the service', () => {
  let dir: string;
  let options: BackendOptions;
  const open: Backend[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-annotations-'));
    await cp(BUNDLED_LIBRARY, path.join(dir, 'library'), { recursive: true });
    options = { mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: BUNDLED_LIBRARY, libraryOverride: path.join(dir, 'library') };
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
    await rm(dir, { recursive: true, force: true });
  });

  async function start(overrides: Partial<BackendOptions> = {}): Promise<Backend> {
    const backend = await createBackend({ ...options, ...overrides });
    open.push(backend);
    return backend;
  }
  async function stop(backend: Backend): Promise<void> {
    open.splice(open.indexOf(backend), 1);
    await backend.close();
  }
  async function articleOf(api: LecternApi) {
    const summary = (await api.getLibrary()).articles.find((a) => a.title === TITLE && a.site === 'RIA Novosti');
    assert.ok(summary);
    return api.getArticle(summary.id);
  }

  test('colour and note change on disk; a removed highlight is restored with its id and note', async () => {
    const backend = await start();
    const article = await articleOf(backend.api);
    const text = article.paragraphs.join('\n\n');
    const at = text.indexOf(PHRASE);
    const made = await backend.api.addHighlight({ articleId: article.id, start: at, end: at + PHRASE.length, color: 'green' });
    assert.equal(made.note, '');
    const noted = await backend.api.updateHighlight(article.id, made.id, { color: 'pink', note: '**Key** demand' });
    assert.deepEqual([noted.color, noted.note, noted.start], ['pink', '**Key** demand', at]);
    await backend.api.removeHighlight(article.id, made.id);
    const back = await backend.api.restoreHighlight(article.id, made.id);
    assert.deepEqual([back.id, back.note, back.color, back.start], [made.id, '**Key** demand', 'pink', at]);
    await assert.rejects(backend.api.restoreHighlight(article.id, made.id), /can no longer be restored/);

    const { markdown } = await backend.api.renderArticleMarkdown(article.id);
    assert.match(markdown, /Pink · \[Open in Lectern\]\(lectern:\/\/open\?article=[a-z0-9]+&highlight=[a-z0-9-]+\)\n\n\*\*Key\*\* demand/);
  });

  test('moving and renaming the library folder keeps every highlight and note in place', async () => {
    const backend = await start();
    const article = await articleOf(backend.api);
    const text = article.paragraphs.join('\n\n');
    const at = text.indexOf(PHRASE);
    await backend.api.addHighlight({ articleId: article.id, start: at, end: at + PHRASE.length });
    await backend.api.saveNote(article.id, 'moved with me');
    await stop(backend);

    const moved = path.join(dir, 'elsewhere', 'Renamed News');
    await rm(path.join(dir, 'elsewhere'), { recursive: true, force: true });
    await cp(path.join(dir, 'library'), moved, { recursive: true });
    await rm(path.join(dir, 'library'), { recursive: true });
    const again = await start({ libraryOverride: moved });
    const reopened = await articleOf(again.api);
    assert.equal(reopened.id, article.id);
    assert.equal(reopened.note.text, 'moved with me');
    assert.deepEqual(reopened.highlights.map((h) => [h.quote, h.start]), [[PHRASE, at]]);
  });

  test('an edited article file: moved passages are found again, deleted ones become orphans (kept, exported, deletable)', async () => {
    const backend = await start();
    const article = await articleOf(backend.api);
    const text = article.paragraphs.join('\n\n');
    const keep = text.indexOf(PHRASE);
    const lost = 'expressed hope again on Thursday for progress';
    const gone = text.indexOf(lost);
    await backend.api.addHighlight({ articleId: article.id, start: keep, end: keep + PHRASE.length });
    const orphan = await backend.api.addHighlight({ articleId: article.id, start: gone, end: gone + lost.length });
    await backend.api.updateHighlight(article.id, orphan.id, { note: 'my orphan note' });
    await stop(backend);

    const file = path.join(dir, 'library', article.file);
    const raw = await readFile(file, 'utf8');
    const edited = raw
      .replace('Anders Fogh Rasmussen expressed hope again on Thursday for progress', 'Anders Fogh Rasmussen said on Thursday he wanted movement')
      .replace('However, further talks', 'UPDATE: adds comment.\n\nHowever, further talks');
    assert.notEqual(edited, raw);
    await writeFile(`${file}.new`, edited);
    await rename(`${file}.new`, file);

    const again = await start();
    const view = await articleOf(again.api);
    const [placed, unplaced] = view.highlights;
    assert.equal(view.paragraphs.join('\n\n').slice(placed?.start ?? 0, placed?.end ?? 0), PHRASE);
    assert.deepEqual([unplaced?.id, unplaced?.start, unplaced?.quote, unplaced?.note], [orphan.id, null, lost, 'my orphan note']);
    const { markdown } = await again.api.renderArticleMarkdown(view.id);
    assert.match(markdown, /## Could not place[\s\S]*expressed hope again[\s\S]*my orphan note/);
    await again.api.removeHighlight(view.id, orphan.id);
    assert.equal((await articleOf(again.api)).highlights.length, 1);
  });
});
