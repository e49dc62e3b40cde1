// Runs in the Electron main process. The IPC transport: contract methods in, backend events out.
//
// Every call is checked to come from our window's main frame showing app://lectern before it
// reaches the backend; the backend's dispatcher then validates the arguments themselves.
import { ipcMain, type BrowserWindow, type WebContents, type WebFrameMain } from 'electron';
import {
  API_METHODS,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  type ApiError,
  type Result,
} from '../common/contract.js';
import type { Backend } from '../backend/service/backend-options.js';
import { isAppUrl } from './paths.js';

export interface IpcTransport {
  /** Resolves once every call that has reached the main process so far has been answered. */
  settled(): Promise<void>;
  /** Removes the handlers and stops forwarding events. */
  dispose(): void;
}

interface SenderInfo {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
}

/** True only for the top frame of our one window while it shows our own app:// page. */
export function isTrustedSender(event: SenderInfo, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  // senderFrame is null once the frame has navigated away or been destroyed.
  if (!frame || frame.isDestroyed() || frame.detached) return false;
  const contents = window.webContents;
  if (event.sender.id !== contents.id) return false;
  const main = contents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

const FORBIDDEN: Result<never, ApiError> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Lectern window, so it was refused.' },
};

export function registerIpc(backend: Backend, getWindow: () => BrowserWindow | null): IpcTransport {
  const inFlight = new Set<Promise<unknown>>();

  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, args: unknown) => {
      if (!isTrustedSender(event, getWindow())) {
        console.warn(`lectern: refused ${method} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return FORBIDDEN;
      }
      const call = backend.dispatcher.call(method, args);
      // Tracked so quitting can wait for a last saveNote that is still being written.
      inFlight.add(call);
      const done = (): void => {
        inFlight.delete(call);
      };
      call.then(done, done);
      return call;
    });
  }

  const stopForwarding = backend.events.listenAll((event, payload) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
  });

  return {
    async settled() {
      await Promise.allSettled([...inFlight]);
    },
    dispose() {
      stopForwarding();
      for (const method of API_METHODS) ipcMain.removeHandler(ipcChannel(method));
    },
  };
}
