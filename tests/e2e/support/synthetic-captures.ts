// Runs in Node (tests). A folder of a few thousand plain captures, each its own story (a menu line,
// a headline, a date and a few paragraphs of prose), served in browser mode for the tests of large
// libraries.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { removeAll, tempDir } from './temp-library.js';

const WORDS = ['alliance', 'summit', 'missile', 'defence', 'minister', 'treaty', 'talks', 'border', 'council', 'press', 'agreement', 'officials', 'shield', 'Brussels', 'Moscow', 'cooperation'];

/** Capture number `i`: its headline is "Story 000i about the …". */
export function capture(i: number): string {
  const word = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
  const sentence = (k: number) => `The ${word(k)} said the ${word(k + 1)} and the ${word(k + 2)} would meet again after the ${word(k + 3)} in the spring, officials told reporters on ${k + 1} occasions.`;
  const paragraphs = Array.from({ length: 4 + (i % 5) }, (_, p) => [sentence(p), sentence(p + 4), sentence(p + 8)].join(' '));
  return [`Home | World | Politics`, '', `Story ${String(i).padStart(4, '0')} about the ${word(0)} and the ${word(5)}`, '', `PUBLISHED March ${(i % 28) + 1}, 2012`, '', ...paragraphs.flatMap((p) => [p, '']), '© 2012 Example News'].join('\n');
}

/** Writes captures 0 … count−1 into `folder`/archive. */
export async function writeCaptures(folder: string, count: number): Promise<void> {
  await mkdir(path.join(folder, 'archive'));
  for (let i = 0; i < count; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, count - i) }, (_, k) => writeFile(path.join(folder, 'archive', `${String(i + k).padStart(4, '0')}.txt`), capture(i + k))));
  }
}

/** The list's header counting `n` articles, all of them shown (no "n of m"). */
export const listCount = (page: Page, n: number) => page.locator('.library-view .pane-title .count', { hasText: new RegExp(`^${n.toLocaleString('en')}$`) });

export interface ServedCaptures {
  library: string;
  data: string;
  server: ServerProcess;
  browser: Browser;
  /** A page of the browser's, not yet pointed at the app. */
  page: Page;
  /** Stops the browser and the app, and removes the library and the data folder. */
  close(): Promise<void>;
}

/** `count` captures in a temporary library, the app serving it with an empty data folder, a browser. */
export async function serveCaptures(name: string, count: number): Promise<ServedCaptures> {
  const [library, data] = await Promise.all([tempDir(name), tempDir(`${name}-data`)]);
  await writeCaptures(library, count);
  const server = await startServerProcess({ library, data });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const close = async () => {
    await browser.close();
    await server.stop();
    await removeAll(library, data);
  };
  return { library, data, server, browser, page, close };
}
