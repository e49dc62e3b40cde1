// Runs in the Electron main process. lectern://open?article=…&highlight=… links (from exported notes in
// Obsidian, a browser, a terminal) open the article at the highlight. The OS hands the link over as
// 'open-url' (macOS) or in the argv of a second launch (Windows, Linux), or of this launch.
import { app } from 'electron';
import path from 'node:path';
import type { DeepLinkTarget } from '../common/contract.js';
import { DEEP_LINK_SCHEME, parseDeepLink } from '../backend/export/deep-link.js';

export function findDeepLink(argv: readonly string[]): DeepLinkTarget | null {
  for (const arg of argv) {
    const target = arg.startsWith(`${DEEP_LINK_SCHEME}:`) ? parseDeepLink(arg) : null;
    if (target) return target;
  }
  return null;
}

/** Registers Lectern as the handler of lectern: links; unpackaged (npm start), with the script path. */
export function registerProtocolClient(): void {
  const ok =
    app.isPackaged || !process.argv[1]
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  if (!ok) console.error('lectern: could not register as the handler of lectern:// links');
}

/**
 * Links that arrive before the window can show them wait here; `deliver` is set once it can
 * (the page has loaded and listens for openLink events).
 */
export class DeepLinkInbox {
  #pending: DeepLinkTarget | null = null;
  #deliver: ((target: DeepLinkTarget) => void) | null = null;

  receive(target: DeepLinkTarget | null): void {
    if (!target) return;
    if (this.#deliver) this.#deliver(target);
    else this.#pending = target;
  }

  ready(deliver: (target: DeepLinkTarget) => void): void {
    this.#deliver = deliver;
    const pending = this.#pending;
    this.#pending = null;
    if (pending) deliver(pending);
  }
}
