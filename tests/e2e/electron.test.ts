// Runs in Node (node:test). Drives the real desktop app through Playwright: highlight, note, quit,
// relaunch, and both must still be there. Where Electron's binary is not installed the test is
// skipped with one line saying so; it never tries to download the binary itself.
//
// Functions passed to evaluate() run in another process from their source text, and tsx wraps
// named inner functions in a `__name` helper that does not exist there. So the browser-side code
// below is plain strings, and the main-process callback declares no named functions.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { WebPreferences } from 'electron';
import { API_METHODS } from '../../electron/common/contract.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP_REASON = 'Electron binary not installed: skipping the desktop end-to-end test';

/** Same check as scripts/start.js, without its download attempt. */
function electronBinaryInstalled(): boolean {
  try {
    const require = createRequire(import.meta.url);
    // package.json only: electron/index.js would start a download when the binary is missing.
    const packageDir = path.dirname(require.resolve('electron/package.json', { paths: [repo] }));
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return false;
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
    return existsSync(path.join(distDir, readFileSync(pathFile, 'utf8').trim()));
  } catch {
    return false;
  }
}

const installed = electronBinaryInstalled();
if (!installed) console.log(SKIP_REASON);

/** Playwright wants string values only; ELECTRON_RUN_AS_NODE would stop the app opening a window. */
function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, ...extra };
}

async function launch(dataDir: string, library: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    args: ['.'],
    cwd: repo,
    env: childEnv({ LECTERN_DATA_DIR: dataDir, LECTERN_LIBRARY: library }),
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  page.setDefaultTimeout(20_000);
  return { app, page };
}

/** Opens the first article of the library and returns its title. */
async function openFirstArticle(page: Page): Promise<string> {
  const library = page.getByRole('listbox', { name: 'Library' });
  await library.getByRole('option').first().click();
  const heading = page.locator('article h1').first();
  await heading.waitFor({ state: 'visible' });
  return (await heading.innerText()).trim();
}

async function eventually(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Selects the start of the article's first paragraph, as a person dragging the mouse would, and
// moves focus off the list so the "h" shortcut reaches the reader rather than list type-ahead.
const SELECT_START_OF_FIRST_PARAGRAPH = `(() => {
  const paragraph = document.querySelector('article p');
  if (!paragraph) throw new Error('The article has no paragraph');
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.textContent.trim().length < 5) node = walker.nextNode();
  if (!node) throw new Error('The first paragraph has no text');
  const text = node.textContent;
  const start = text.length - text.trimStart().length;
  let end = Math.min(text.length, start + 40);
  const space = text.lastIndexOf(' ', end);
  if (space > start + 10) end = space;
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
})()`;

test(
  'desktop app keeps a highlight and a note across a restart',
  { skip: installed ? false : SKIP_REASON, timeout: 180_000 },
  async (t) => {
    assert.ok(
      existsSync(path.join(repo, 'out', 'electron', 'main.js')),
      'out/electron/main.js is missing: run "npm run build" before the end-to-end tests',
    );
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-'));
    t.after(() => rm(scratch, { recursive: true, force: true }));
    const dataDir = path.join(scratch, 'data');
    const library = path.join(scratch, 'library');
    // A copy, so nothing the app does can touch the repository's seeds.
    await cp(path.join(repo, 'seeds'), library, { recursive: true });
    const noteText = `Checked against the wire copy ${Date.now()}.`;

    const first = await launch(dataDir, library);
    let title: string;
    let marked: string;
    try {
      const preferences = await first.app.evaluate(({ BrowserWindow }) => {
        // getLastWebPreferences exists at run time but is missing from Electron's type definitions.
        const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
          | { getLastWebPreferences(): WebPreferences | null }
          | undefined;
        const prefs = contents?.getLastWebPreferences() ?? null;
        return prefs
          ? { contextIsolation: prefs.contextIsolation, sandbox: prefs.sandbox, nodeIntegration: prefs.nodeIntegration }
          : null;
      });
      assert.deepEqual(preferences, { contextIsolation: true, sandbox: true, nodeIntegration: false });

      // Offline and locked down: the page is app://, no Node in it, remote requests are refused,
      // window.open opens nothing inside the app, and the preload exposes only the contract.
      const lockdown = await first.page.evaluate(`(async () => {
        let remote = 'loaded';
        try { await fetch('https://example.com/'); } catch { remote = 'refused'; }
        return {
          protocol: location.protocol,
          node: typeof require,
          remote,
          popup: window.open('https://example.com/') === null,
          bridge: Object.keys(window.lectern ?? {}).sort(),
        };
      })()`);
      const expectedBridge = [...API_METHODS, 'listen'].sort();
      assert.deepEqual(lockdown, { protocol: 'app:', node: 'undefined', remote: 'refused', popup: true, bridge: expectedBridge });

      title = await openFirstArticle(first.page);
      assert.notEqual(title, '', 'the article heading is empty');

      const selected = String(await first.page.evaluate(SELECT_START_OF_FIRST_PARAGRAPH)).trim();
      assert.notEqual(selected, '', 'nothing was selected in the first paragraph');
      await first.page.keyboard.press('h');
      const mark = first.page.locator('article mark').first();
      await mark.waitFor({ state: 'visible' });
      marked = (await mark.innerText()).trim();
      assert.ok(
        marked !== '' && (selected.includes(marked) || marked.includes(selected)),
        `the highlight "${marked}" does not match the selection "${selected}"`,
      );

      const notes = first.page.getByRole('textbox', { name: 'Notes' });
      await notes.fill(noteText);
    } finally {
      // Closing right after typing is the point: quitting must save the note still in the editor.
      await first.app.close();
    }

    const second = await launch(dataDir, library);
    try {
      assert.equal(await openFirstArticle(second.page), title);
      const mark = second.page.locator('article mark').first();
      await mark.waitFor({ state: 'visible' });
      assert.equal((await mark.innerText()).trim(), marked);
      const notes = second.page.getByRole('textbox', { name: 'Notes' });
      await eventually(async () => (await notes.inputValue()) === noteText, 'the note to come back');
    } finally {
      await second.app.close();
    }
  },
);
