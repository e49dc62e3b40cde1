// Runs in Node (tests). Export and backup in browser mode with the real backend and real files: export
// with options (remembered), a re-export that keeps the person's edits outside the markers, back up,
// wipe, restore through the UI, and a deep link that opens the article at a highlight.
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.js';
import { openArticle, openBackupMenu, selectPhrase } from './support/reader-page.js';
import { removeAll, tempDir } from './support/temp-library.js';

const TITLE = 'NATO Hopes for Missile Defense Accord with Russia';
const PHRASE = 'expressed hope again on Thursday';
const NOTE = 'Backed up — «ünïcödé» ✓';
const SCREENSHOTS = process.env.LECTERN_SCREENSHOTS;

describe('export and backup in browser mode', () => {
  let session: AppSession;
  let page: Page;
  let exports: string;
  let backupFile: string;
  let highlightId: string;
  let articleId: string;

  before(async () => {
    [session, exports] = await Promise.all([AppSession.start({ acceptDownloads: true }), tempDir('exports')]);
    page = session.page;
    await openArticle(page, TITLE);
    await selectPhrase(page, PHRASE);
    await page.keyboard.press('h');
    const mark = page.locator('mark', { hasText: PHRASE }).first();
    await mark.waitFor();
    highlightId = (await mark.getAttribute('data-highlight-id')) ?? '';
    await page.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
    await page.getByRole('textbox', { name: 'Notes' }).blur();
    await page.getByText('Saved').first().waitFor();
  });

  after(async () => {
    await session?.close();
    await removeAll(exports);
  });

  async function exportWith(setup: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
    await page.getByRole('button', { name: 'Export all notes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all notes…' });
    await dialog.getByRole('textbox', { name: 'Folder path' }).fill(exports);
    await setup(dialog);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  test('export with options: one file per article plus index.md, then one combined file with everything', async () => {
    await exportWith(async () => undefined);
    await page.getByRole('status').filter({ hasText: 'Exported 1 file and an index' }).waitFor();
    const names = (await readdir(exports)).sort();
    assert.deepEqual(names, [`${TITLE}.md`, 'index.md']);
    const markdown = await readFile(path.join(exports, `${TITLE}.md`), 'utf8');
    assert.match(markdown, new RegExp(`^> .*${PHRASE}`, 'm'));
    const link = /\(lectern:\/\/open\?article=([a-z0-9]+)&highlight=([a-z0-9-]+)\)/.exec(markdown);
    assert.ok(link, 'each highlight carries a deep link');
    assert.equal(link[2], highlightId);
    articleId = link[1] ?? '';

    await exportWith(async (dialog) => {
      await dialog.getByRole('radio', { name: 'One combined file' }).check();
      await dialog.getByRole('checkbox', { name: 'Include articles without highlights or notes' }).check();
      if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'export-options.png') });
    });
    await page.getByRole('status').filter({ hasText: 'Exported all notes into' }).waitFor();
    const combined = await readFile(path.join(exports, 'Lectern notes.md'), 'utf8');
    assert.equal(combined.match(/^## /gm)?.length, 5, 'all five articles, annotated or not');

    // The options are remembered: the dialog opens as it was left.
    await page.getByRole('button', { name: 'Export all notes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all notes…' });
    assert.equal(await dialog.getByRole('radio', { name: 'One combined file' }).isChecked(), true);
    assert.equal(await dialog.getByRole('textbox', { name: 'Folder path' }).inputValue(), exports);
    await dialog.getByRole('radio', { name: 'One file per article, plus index.md' }).check();
    await dialog.getByRole('checkbox', { name: 'Include articles without highlights or notes' }).uncheck();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a re-export rewrites only the generated region and keeps what the person wrote around it', async () => {
    const file = path.join(exports, `${TITLE}.md`);
    const edited = `${await readFile(file, 'utf8')}\n## My thoughts\n\nWritten in Obsidian.\n`;
    await writeFile(file, edited);
    await page.getByRole('textbox', { name: 'Notes' }).fill(`${NOTE} (revised)`);
    await page.getByRole('textbox', { name: 'Notes' }).blur();
    await exportWith(async (dialog) => {
      await dialog.getByRole('radio', { name: 'One file per article, plus index.md' }).check();
      await dialog.getByRole('checkbox', { name: 'Include articles without highlights or notes' }).uncheck();
    });
    await page.getByRole('status').filter({ hasText: 'Exported 1 file and an index' }).waitFor();
    const text = await readFile(file, 'utf8');
    assert.ok(text.includes(`${NOTE} (revised)`));
    assert.ok(text.endsWith('%% lectern:end %%\n\n## My thoughts\n\nWritten in Obsidian.\n'), text);
    assert.ok((await readdir(exports)).includes('Lectern notes.md'), 'the combined file from before is not deleted');
  });

  test('back up, wipe the data, restore through the UI: the highlight and note come back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), openBackupMenu(page).then(() => page.getByRole('button', { name: 'Back up everything…' }).click())]);
    assert.match(download.suggestedFilename(), /^Lectern backup \d{4}-\d{2}-\d{2}\.json$/);
    backupFile = path.join(exports, 'backup.json');
    await download.saveAs(backupFile);
    const backup = JSON.parse(await readFile(backupFile, 'utf8')) as { kind: string; schemaVersion: number };
    assert.equal(backup.kind, 'lectern-backup');

    await session.restart({ meanwhile: () => rm(session.data, { recursive: true, force: true }) });
    await openArticle(page, TITLE);
    assert.equal(await page.locator('mark').count(), 0, 'wiped');

    // A file that is not a backup is refused, and nothing changes.
    const bogus = path.join(exports, 'not-a-backup.json');
    await writeFile(bogus, '{"hello": "world"}');
    const [badChooser] = await Promise.all([page.waitForEvent('filechooser'), openBackupMenu(page).then(() => page.getByRole('button', { name: 'Restore from backup…' }).click())]);
    await badChooser.setFiles(bogus);
    await page.getByText(/not a Lectern backup.*Nothing was changed/).first().waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), openBackupMenu(page).then(() => page.getByRole('button', { name: 'Restore from backup…' }).click())]);
    await chooser.setFiles(backupFile);
    await page.getByRole('status').filter({ hasText: 'Restored from the backup' }).waitFor();
    await page.locator('mark', { hasText: PHRASE }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), `${NOTE} (revised)`);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'backup-restore.png') });
  });

  test('a deep link opens the article scrolled to the highlight and flashes it', async () => {
    await openArticle(page, 'NATO Chief Says Missile Defense Shield Will Not Threaten Russia');
    await page.goto(`${session.server.origin}/open?article=${articleId}&highlight=${highlightId}`);
    await page.waitForFunction((id) => document.documentElement.dataset.flashedHighlight === id, highlightId);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const mark = page.locator(`mark[data-highlight-id="${highlightId}"]`).first();
    assert.equal(await mark.isVisible(), true);
    const box = await mark.boundingBox();
    assert.ok(box && box.y > 0 && box.y < 900, 'the highlight is in view');
    assert.equal(new URL(page.url()).pathname, '/', 'the address bar is tidied');
  });
});
