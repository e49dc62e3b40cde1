// Runs in Node (tests). While a library streams in, the progress line ("Indexing 1,584 of 10,000
// files") and the list's count are pushed as separate, throttled events: the files counted as done
// must never be fewer than the articles already listed.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { IndexProgress, LibraryDelta } from '../../common/contract.js';
import { writeDistinctArticles } from '../indexer/seeds.fixture.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import type { Backend } from './backend-options.js';
import { createBackend } from './create-backend.js';

const FILES = 800;
let dir: string;
let backend: Backend;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-index-progress-'));
  const library = path.join(dir, 'library');
  await writeDistinctArticles(library, FILES);
  backend = await createBackend({ mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: BUNDLED_LIBRARY, libraryOverride: library });
});
after(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

test('the progress pushed with each list update counts at least the files already listed', async () => {
  const listed = new Set<string>();
  let done = 0;
  /** [articles listed after a push, files done by the last progress before the next push] */
  const checks: Array<[number, number]> = [];
  let pending: number | null = null;
  const finished = new Promise<void>((resolve) => {
    const stop = backend.events.listenAll((event, payload) => {
      if (event === 'libraryUpdated') {
        if (pending !== null) checks.push([pending, done]);
        const delta = payload as LibraryDelta;
        for (const id of delta.removed) listed.delete(id);
        for (const article of delta.upserted) listed.add(article.id);
        pending = listed.size;
      } else if (event === 'indexProgress') {
        const progress = payload as IndexProgress;
        done = progress.done;
        if (progress.state !== 'indexing') {
          if (pending !== null) checks.push([pending, done]);
          stop();
          resolve();
        }
      }
    });
  });
  await backend.api.getLibrary();
  await finished;
  assert.ok(checks.length >= 3, `the list was pushed in steps (${checks.length})`);
  const behind = checks.filter(([articles, files]) => files < articles);
  assert.deepEqual(behind, [], 'the progress line never trailed the list ([articles listed, files counted done])');
});
