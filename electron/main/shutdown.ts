// Runs in the Electron main process. Nothing typed is lost on quit or on closing the window.
//
// Order: tell the renderer to flush (it saves a note still being typed), wait for its
// acknowledgement, wait for the IPC calls it made, then wait for the backend's writes. Every wait
// has a timeout, so a hung renderer or disk cannot keep the app from quitting.
import { app, ipcMain, type BrowserWindow, type IpcMainEvent, type WebContents } from 'electron';
import type { Backend } from '../backend/service/backend-options.js';
import { FLUSH_ACK_CHANNEL } from '../preload/channels.js';
import type { IpcTransport } from './ipc.js';

// The preload acknowledges within 2.5 s even when the page keeps calling; past this the renderer is hung.
const RENDERER_ACK_TIMEOUT_MS = 3_000;
const WRITE_TIMEOUT_MS = 10_000;

/** Waits for `work` at most `ms`; reports instead of throwing, because quitting must go on. */
async function within(label: string, work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const outcome = await Promise.race([work.then(() => 'done' as const), timeout]);
    if (outcome === 'timeout') console.error(`lectern: ${label} took longer than ${ms} ms; going on without it.`);
  } catch (error) {
    console.error(`lectern: ${label} failed:`, error);
  } finally {
    clearTimeout(timer);
  }
}

function waitForFlushAck(contents: WebContents): Promise<void> {
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSH_ACK_CHANNEL, onAck);
      contents.removeListener('destroyed', finish);
      contents.removeListener('render-process-gone', finish);
      resolve();
    };
    const onAck = (event: IpcMainEvent): void => {
      if (event.sender.id === contents.id) finish();
    };
    const timer = setTimeout(() => {
      console.error(`lectern: the window did not confirm saving within ${RENDERER_ACK_TIMEOUT_MS} ms; going on without it.`);
      finish();
    }, RENDERER_ACK_TIMEOUT_MS);
    ipcMain.on(FLUSH_ACK_CHANNEL, onAck);
    contents.once('destroyed', finish);
    contents.once('render-process-gone', finish);
  });
}

export interface ShutdownOptions {
  backend: Backend;
  ipc: IpcTransport;
  getWindow: () => BrowserWindow | null;
}

export class Shutdown {
  #phase: 'running' | 'flushing' | 'done' = 'running';
  readonly #options: ShutdownOptions;

  constructor(options: ShutdownOptions) {
    this.#options = options;
    app.on('before-quit', (event) => {
      if (this.#phase === 'done') return;
      // Quit waits for the flush below; a second Quit meanwhile just keeps waiting (timeouts bound it).
      event.preventDefault();
      if (this.#phase === 'flushing') return;
      this.#phase = 'flushing';
      void this.#flushAll(true).finally(() => {
        this.#phase = 'done';
        app.quit();
      });
    });
  }

  /** Closing the window also flushes first: on Windows and Linux the renderer is gone before before-quit. */
  guard(window: BrowserWindow): void {
    let flushed = false;
    let flushing = false;
    window.on('close', (event) => {
      // While quitting, before-quit has already flushed everything.
      if (flushed || this.#phase !== 'running') return;
      event.preventDefault();
      if (flushing) return;
      flushing = true;
      void this.#flushAll(false).finally(() => {
        flushed = true;
        if (!window.isDestroyed()) window.close();
      });
    });
  }

  async #flushAll(closeBackend: boolean): Promise<void> {
    const { backend, ipc, getWindow } = this.#options;
    const window = getWindow();
    if (window && !window.isDestroyed() && !window.webContents.isCrashed()) {
      const acknowledged = waitForFlushAck(window.webContents);
      backend.events.emit('command', 'flush');
      await acknowledged;
    }
    await within('finishing the last requests', ipc.settled(), WRITE_TIMEOUT_MS);
    await within('saving notes and highlights', backend.flush(), WRITE_TIMEOUT_MS);
    if (closeBackend) {
      ipc.dispose();
      await within('closing the library', backend.close(), WRITE_TIMEOUT_MS);
    }
  }
}
