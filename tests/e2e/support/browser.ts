// Runs in Node (tests). Debian's Chromium driven by playwright-core (no downloaded browsers here).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The machine has no network: keep Chromium from trying to reach Google at start-up.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
