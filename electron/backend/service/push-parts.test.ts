// Runs in Node (tests). A change too large for one push (the copies linked again when a large
// library's run ends) reaches the renderer in parts the page takes in one at a time, and the run is
// announced finished only once the last part is out, so a finished run always has its whole list.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { IndexProgress, LibraryDelta } from '../../common/contract.js';
import { distinctLibraryForTests } from '../indexer/seeds.fixture.js';
import { EventHub } from './events.js';
import { LibraryHost } from './library-host.js';

const FILES = 400;
const PART = 40;
const temp = distinctLibraryForTests('lectern-push-parts-', FILES);

test('a large change goes out in parts, and the run is finished only after the last', async () => {
  const events = new EventHub();
  const host = new LibraryHost(path.join(temp.dir, 'index-cache'), () => undefined, events, null, PART);
  const deltas: LibraryDelta[] = [];
  const listed = new Set<string>();
  let listedWhenFinished = -1;
  let finishedAt: IndexProgress | null = null;
  const finished = new Promise<void>((resolve) => {
    const stop = events.listenAll((event, payload) => {
      if (event === 'libraryUpdated') {
        const delta = payload as LibraryDelta;
        deltas.push(delta);
        for (const id of delta.removed) listed.delete(id);
        for (const article of delta.upserted) listed.add(article.id);
      } else if (event === 'indexProgress' && (payload as IndexProgress).state !== 'indexing') {
        finishedAt = payload as IndexProgress;
        listedWhenFinished = listed.size;
        stop();
        resolve();
      }
    });
  });
  try {
    const session = await host.open(temp.library, false);
    await finished;
    const articles = session.articles().length;
    assert.ok(articles >= FILES - 10, `the library was indexed (${articles} articles)`);
    assert.deepEqual(
      deltas.filter((d) => d.upserted.length > PART).map((d) => d.upserted.length),
      [],
      'no delta carries more than a part',
    );
    assert.ok(
      deltas.some((d) => d.upserted.length === PART),
      `some change went out in parts (deltas of ${deltas.map((d) => d.upserted.length).join(', ')})`,
    );
    assert.equal(listedWhenFinished, articles, 'every article was listed when the run was announced finished');
    assert.equal((finishedAt as IndexProgress | null)?.revision, deltas.at(-1)?.revision, 'the finished run names the last part');
  } finally {
    await host.close();
  }
});
