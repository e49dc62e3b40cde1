// Runs in Node (tests). One browser-mode session as a person has it: a copy of the seeds, an empty
// data folder, the server running as a real process, and Chromium showing the app.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { openApp } from './reader-page.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { removeAll, seedLibrary, tempDir } from './temp-library.js';

export class AppSession {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    public server: ServerProcess,
    /** The library folder (a copy of the seeds) and the data folder, both temporary. */
    readonly library: string,
    readonly data: string,
  ) {}

  static async start(context: BrowserContextOptions = {}): Promise<AppSession> {
    const [library, data] = await Promise.all([seedLibrary(), tempDir('data')]);
    const server = await startServerProcess({ library, data });
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, ...context })).newPage();
    await openApp(page, server.url);
    return new AppSession(browser, page, server, library, data);
  }

  /**
   * Stops the server (`hard`: SIGKILL, as in a crash), runs `meanwhile` (e.g. to damage a file while
   * nothing runs), starts it again on the same library and data, and reopens the app.
   */
  async restart(options: { hard?: boolean; meanwhile?: () => Promise<void> } = {}): Promise<void> {
    await this.server.stop(options.hard);
    await options.meanwhile?.();
    this.server = await startServerProcess({ library: this.library, data: this.data });
    await openApp(this.page, this.server.url);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
    await removeAll(this.library, this.data);
  }
}
