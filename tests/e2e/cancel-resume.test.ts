// Runs in Node (tests). A large library's first index stopped with Cancel and taken up again with
// Resume, as a person does it in browser mode: the list keeps what was read, the status says where
// indexing stopped, and Resume reads the rest, each file once. Waits on the app's state, never on
// timers. A screenshot of the stopped state goes to the temp folder, to look at.
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openApp } from './support/reader-page.js';
import type { ServerProcess } from './support/server-process.js';
import { listCount, serveCaptures, type ServedCaptures } from './support/synthetic-captures.js';

/** Enough files that indexing is still running when Cancel is pressed, even on a fast machine. */
const COUNT = 4000;

let page: Page;
let server: ServerProcess;
let served: ServedCaptures | undefined;

before(async () => {
  served = await serveCaptures('cancel', COUNT);
  ({ page, server } = served);
});

after(() => served?.close());

test('Cancel stops indexing and keeps what was read; Resume reads the rest', async () => {
  await openApp(page, server.url);
  const progress = page.getByRole('progressbar', { name: 'Indexing' });
  await progress.waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  const stopped = page.getByRole('status').filter({ hasText: /^Indexing stopped at/ });
  await stopped.waitFor();
  const [done, total] = ((await stopped.textContent())?.match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  assert.equal(total, COUNT);
  assert.ok(done !== undefined && done > 0 && done < COUNT, `stopped at ${done} of ${COUNT}`);
  // What was read stays listed, and no more comes in.
  await listCount(page, done ?? 0).waitFor();
  assert.equal(await progress.count(), 0, 'no progress bar once stopped');
  await page.screenshot({ path: path.join(os.tmpdir(), 'lectern-indexing-stopped.png') });

  await page.getByRole('button', { name: 'Resume' }).click();
  await progress.waitFor();
  assert.equal(Number(await progress.getAttribute('aria-valuemax')), COUNT);
  assert.ok(Number(await progress.getAttribute('aria-valuenow')) >= (done ?? 0), 'the run goes on from where it stopped');
  await progress.waitFor({ state: 'detached', timeout: 300_000 });
  await listCount(page, COUNT).waitFor();
  assert.equal(await stopped.count(), 0, 'the stopped line is gone once everything is read');
  // The last story is listed, so the resumed run read the files the cancel left.
  await page.getByRole('searchbox', { name: 'Search' }).fill(`Story ${String(COUNT - 1).padStart(4, '0')}`);
  await page.getByText(`Story ${String(COUNT - 1).padStart(4, '0')} about`).first().waitFor();
});
