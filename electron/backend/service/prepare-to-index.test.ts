// Runs in Node (tests). While the person chooses a folder, the indexer's workers warm up on the
// bundled library; the folder they open goes first, in full, and a run already streaming is never
// made to wait behind a warm-up.
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { WARM_UP_ROUNDS } from '../indexer/extractor-warm-up.js';
import { distinctLibraryForTests, SEEDS_DIR, warmUpPass } from '../indexer/seeds.fixture.js';
import { EventHub } from './events.js';
import { LibraryHost } from './library-host.js';

const FILES = 300;
const temp = distinctLibraryForTests('lectern-prepare-', FILES);

const newHost = (name: string): LibraryHost => new LibraryHost(path.join(temp.dir, name), () => undefined, new EventHub());

test('a folder opened while the workers warm up is indexed in full, and the rest of the warm-up is dropped', async () => {
  const host = newHost('cache-1');
  try {
    const warming = host.prepareToIndex(SEEDS_DIR);
    const session = await host.open(temp.library, false);
    await session.ready;
    assert.equal(session.articles().length, FILES);
    const warmed = await warming;
    assert.ok(warmed < warmUpPass() * WARM_UP_ROUNDS * os.availableParallelism(), `the warm-up stopped when the folder was opened (${warmed} pages)`);
  } finally {
    await host.close();
  }
});

test('asked while a library streams in, no warm-up is queued behind its files', async () => {
  const host = newHost('cache-2');
  try {
    const session = await host.open(temp.library, false);
    assert.equal(session.streaming, true, 'the library is still being indexed');
    assert.equal(await host.prepareToIndex(SEEDS_DIR), 0);
    await session.ready;
    assert.equal(session.articles().length, FILES);
  } finally {
    await host.close();
  }
});

test('asked once the host is closed (the app quitting), nothing is started', async () => {
  const host = newHost('cache-4');
  await host.close();
  assert.equal(await host.prepareToIndex(SEEDS_DIR), 0);
});

test('asked with nothing open or running, the warm-up runs to the end, once', async () => {
  const host = newHost('cache-3');
  try {
    const warmed = await host.prepareToIndex(SEEDS_DIR);
    assert.equal(warmed, warmUpPass() * WARM_UP_ROUNDS * os.availableParallelism(), `every pass ran on every worker (${warmed} pages)`);
    assert.equal(await host.prepareToIndex(SEEDS_DIR), warmed, 'asked again, the same warm-up answers');
  } finally {
    await host.close();
  }
});
