// Runs in Node (tests). What a person does in the reader, as Playwright steps.
import type { Page } from 'playwright-core';

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The app marks itself ready once the library is loaded: wait on that, never on a timer.
  await page.locator('html[data-ready="true"]').waitFor();
}

export async function openArticle(page: Page, title: string): Promise<void> {
  const option = page.getByRole('listbox', { name: 'Library' }).getByRole('option', { name: new RegExp(escapeRegExp(title)) }).first();
  await option.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // The reader restores the remembered position once the text is laid out, then says so.
  const id = ((await option.getAttribute('id')) ?? '').replace(/^article-/, '');
  await page.waitForFunction((articleId) => document.querySelector<HTMLElement>('.reader-pane')?.dataset.restoredFor === articleId, id);
}

/** Selects `phrase` inside the article body the way a mouse drag would end up. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body');
    if (!body) return false;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        // A person selects text they can see: bring it into view first, as they would have scrolled.
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      }
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`"${phrase}" is not in the article body`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the toolbar's Backup menu (Back up everything…, Restore from backup…) if it is closed. */
export async function openBackupMenu(page: Page): Promise<void> {
  const menu = page.locator('details.toolbar-menu');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
}
