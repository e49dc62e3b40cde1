// Runs in Node (tests). Debian's Chromium driven by playwright-core (no downloaded browsers here).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The features playwright-core (the version in package-lock.json) disables in every Chromium it
 * launches. Chromium keeps only the last `--disable-features` it is given, so passing our own list
 * would silently re-enable these: they are repeated here (browser.test.ts fails if playwright-core's
 * list grows beyond this copy).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Browser-window parts that Chromium's headless mode still builds and Lectern's window (Electron)
 * never has: the address bar's popups are web pages of their own (chrome://omnibox-popup.top-chrome),
 * each loaded in its own renderer as the browser starts. On a 2-core machine their ~200 ms of
 * script ran while the app's page loaded, and the page's tasks and first rows waited for a core
 * (seen in a Chromium trace of the UI benchmark).
 */
const BROWSER_CHROME_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The machine has no network: keep Chromium from trying to reach Google at start-up.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_CHROME_FEATURES].join(',')}`,
    ],
  });
}
