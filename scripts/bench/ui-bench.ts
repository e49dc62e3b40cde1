// Runs in Node (benchmark). Page-side functions see the DOM through a minimal local type: this
// project has no DOM types, and the app's CSP forbids evaluating strings.
//
// The UI while a large library is indexed cold: browser mode in headless
// Chromium with a long-task observer, from page load until indexing has finished, then scrolling
// the whole virtualised list. Reports the longest main-thread task (the target is under 100 ms).
// Then the app is restarted on the same data folder and the page opened again: the time until the
// reopened library is listed (the target is under a second). Times are the page's own, from the start
// of navigation to the frame that first shows the rows: Playwright's waits poll at growing intervals
// (up to half a second), which would add their own delay to the app's.
import type { Page } from 'playwright-core';

import { launchBrowser } from '../../tests/e2e/support/browser.js';
import { startServerProcess } from '../../tests/e2e/support/server-process.js';
import { removeAll, tempDir } from '../../tests/e2e/support/temp-library.js';

export interface UiFigures {
  /** Page time from navigation start to the frame showing the first row. */
  firstArticlesMs: number;
  /** Page time from navigation start to the frame after indexing finished. */
  indexedMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The longest before the first rows showed (the page loading while indexing starts), and after. */
  longestBeforeRowsMs: number;
  longestAfterRowsMs: number;
  scrollLongestTaskMs: number;
  optionsInDom: number;
  articles: number;
  /** The same library reopened (index cache warm), app restarted: page time to the first rows. */
  warmFirstRowsMs: number;
  /** …and to the whole list shown (its count in the header). */
  warmListedMs: number;
  /** The reopened page switched to the Timeline: its longest task, and the stories it drew. */
  timelineLongestTaskMs: number;
  timelineStoriesInDom: number;
}

interface PageElement {
  getAttribute(name: string): string | null;
  scrollTo(options: { top: number }): void;
}
/**
 * What the page reports, each with the time (ms since navigation start) of the frame that showed it:
 * the first row, the whole list, and indexing finished (its progress bar shown, then gone).
 */
type MarkName = 'firstRow' | 'listed' | 'indexed';
/** How the page reports a mark: a console message, which reaches Node with no script run in the page. */
const MARK_MESSAGE = /^lectern-bench-mark (firstRow|listed|indexed) ([\d.]+)$/;
interface PageGlobals {
  /** Each long task's start (page time) and duration. */
  longTasks: Array<[number, number]>;
  console: { debug(message: string): void };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  requestAnimationFrame(callback: (frameTime: number) => void): void;
  document: { documentElement: { dataset: Record<string, string | undefined> }; querySelector(s: string): PageElement | null; querySelectorAll(s: string): ArrayLike<PageElement> };
  PerformanceObserver: new (callback: (list: { getEntries(): Array<{ startTime: number; duration: number }> }) => void) => { observe(options: { type: string; buffered: boolean }): void };
}
// Each function below runs in the page on its own: it may use nothing from this module.
export function observe(): void {
  const g = globalThis as unknown as PageGlobals;
  g.longTasks = [];
  new g.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) g.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Reports when the list first shows a row, when (`count` given) its header counts them all, and when
 * indexing has finished, each as a console message (see MARK_MESSAGE).
 */
export function markRows(count: string | null): void {
  const g = globalThis as unknown as PageGlobals;
  let row = false;
  let all = count === null;
  let progressSeen = false;
  let indexed = false;
  // Each time is stamped by the next frame, the one that paints the change. (No named inner
  // functions: the TypeScript loader would wrap them in a helper the page does not have.)
  const observer = new g.MutationObserver(() => {
    if (!row && g.document.querySelector('[role="listbox"][aria-label="Library"] [role="option"]')) {
      row = true;
      g.requestAnimationFrame((frameTime) => g.console.debug(`lectern-bench-mark firstRow ${frameTime}`));
    }
    const shown = g.document.querySelector('.library-view .pane-title .count') as unknown as { textContent: string | null } | null;
    if (!all && shown?.textContent?.replace(/\D/g, '') === count) {
      all = true;
      g.requestAnimationFrame((frameTime) => g.console.debug(`lectern-bench-mark listed ${frameTime}`));
    }
    const progress = g.document.querySelector('[role="progressbar"]') !== null;
    progressSeen ||= progress;
    if (!indexed && progressSeen && !progress && row && g.document.documentElement.dataset.ready === 'true') {
      indexed = true;
      g.requestAnimationFrame((frameTime) => g.console.debug(`lectern-bench-mark indexed ${frameTime}`));
    }
    // A reopened library (count given) shows no indexing; a cold one is watched until it is done.
    if (row && all && (indexed || count !== null)) observer.disconnect();
  });
  observer.observe(g.document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-ready'] });
}

/**
 * The page's marks as they arrive. Not waited for with Playwright's waitForFunction or locators
 * while anything is measured: those run Playwright's injected script in the page's main thread (its
 * first evaluation alone took 20–35 ms of CPU there, 50–90 ms of wall time on a busy machine, seen in
 * a Chromium trace), which the long-task observer counted against the app. Before that, role queries
 * computing accessible names across the whole page took 80–150 ms.
 */
export function pageMarks(page: Page): (name: MarkName, timeoutMs?: number) => Promise<number> {
  const marks = new Map<MarkName, { at: Promise<number>; resolve(at: number): void }>();
  const entry = (name: MarkName) => {
    let mark = marks.get(name);
    if (!mark) {
      let resolve: (at: number) => void = () => undefined;
      const at = new Promise<number>((r) => (resolve = r));
      mark = { at, resolve };
      marks.set(name, mark);
    }
    return mark;
  };
  page.on('console', (message) => {
    const match = MARK_MESSAGE.exec(message.text());
    if (match) entry(match[1] as MarkName).resolve(Number(match[2]));
  });
  return (name, timeoutMs = 60_000) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`The page never reported "${name}" within ${timeoutMs / 1000} s.`)), timeoutMs)));
    return Promise.race([entry(name).at, late]).finally(() => clearTimeout(timer));
  };
}

/** Clicks the Timeline tab and, a second later, reports the longest task since and the stories drawn. */
async function switchToTimeline(): Promise<{ longestTaskMs: number; stories: number }> {
  const g = globalThis as unknown as PageGlobals & { setTimeout(callback: () => void, ms: number): void };
  const tasks: number[] = [];
  new g.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const tab = Array.from(g.document.querySelectorAll('[role="tab"]') as ArrayLike<PageElement & { textContent: string | null; click(): void }>).find((t) => t.textContent === 'Timeline');
  tab?.click();
  await new Promise<void>((resolve) => g.setTimeout(resolve, 1_000));
  return { longestTaskMs: Math.max(0, ...tasks), stories: g.document.querySelectorAll('.timeline-story').length };
}

function atEnd(): boolean {
  const options = (globalThis as unknown as PageGlobals).document.querySelectorAll('[role="option"]');
  const last = options[options.length - 1];
  return Boolean(last) && last?.getAttribute('aria-posinset') === last?.getAttribute('aria-setsize');
}

export const takeLongTasks = (page: Page): Promise<Array<[number, number]>> => page.evaluate(() => (globalThis as unknown as PageGlobals).longTasks.splice(0));
const longest = (tasks: ReadonlyArray<[number, number]>): number => Math.max(0, ...tasks.map(([, duration]) => duration));

export async function measureUi(folder: string): Promise<UiFigures> {
  const data = await tempDir('bench-ui');
  try {
    const cold = await indexCold(folder, data);
    return { ...cold, ...(await reopenWarm(folder, data, cold.articles)) };
  } finally {
    await removeAll(data);
  }
}

/** The library indexed from nothing with the page open, then the whole list scrolled. */
async function indexCold(folder: string, data: string): Promise<Omit<UiFigures, 'warmFirstRowsMs' | 'warmListedMs' | 'timelineLongestTaskMs' | 'timelineStoriesInDom'>> {
  // The bundled app, as shipped (the bench requires `npm run build` for the renderer anyway).
  const server = await startServerProcess({ library: folder, data, built: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(observe);
    await page.addInitScript(markRows, null);
    const marked = pageMarks(page);
    await page.goto(server.url);
    const firstArticlesMs = await marked('firstRow');
    const indexedMs = await marked('indexed', 600_000);
    const during = await takeLongTasks(page);
    const articles = Number((await page.locator('.library-view .pane-title .count').textContent())?.replace(/\D/g, '') ?? 0);
    const optionsInDom = await page.getByRole('listbox', { name: 'Library' }).getByRole('option').count();
    // Scroll from top to bottom in screen-sized steps, as a person flicking through the list would.
    const scroller = page.locator('.article-scroller');
    await scroller.hover();
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 4000);
    await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('.article-scroller')?.scrollTo({ top: 1e9 }));
    await page.waitForFunction(atEnd);
    const scrolling = await takeLongTasks(page);
    return {
      firstArticlesMs,
      indexedMs,
      longestTaskMs: longest(during),
      longTasks: during.length,
      longestBeforeRowsMs: longest(during.filter(([start]) => start < firstArticlesMs)),
      longestAfterRowsMs: longest(during.filter(([start]) => start >= firstArticlesMs)),
      scrollLongestTaskMs: longest(scrolling),
      optionsInDom,
      articles,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Restarts the app on the same data folder, as a person reopening it, and times the list's return. */
async function reopenWarm(folder: string, data: string, articles: number): Promise<Pick<UiFigures, 'warmFirstRowsMs' | 'warmListedMs' | 'timelineLongestTaskMs' | 'timelineStoriesInDom'>> {
  // In the same order as the cold measurement: the app starts, then the browser, then the page.
  const server = await startServerProcess({ library: folder, data, built: true });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(markRows, String(articles));
    const marked = pageMarks(page);
    await page.goto(server.url);
    const warmListedMs = await marked('listed');
    const warmFirstRowsMs = await marked('firstRow');
    const timeline = await page.evaluate(switchToTimeline);
    return { warmFirstRowsMs, warmListedMs, timelineLongestTaskMs: timeline.longestTaskMs, timelineStoriesInDom: timeline.stories };
  } finally {
    await browser.close();
    await server.stop();
  }
}
