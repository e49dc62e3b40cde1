// Runs in Node. How a host (Electron shell, browser-mode server, tests) sets up the backend.
import type { LecternApi, PathRequest } from '../../common/contract.js';
import type { Dispatcher } from './dispatcher.js';
import type { EventHub } from './events.js';

export interface BackendOptions {
  /** Folder for the annotations data file (the OS user-data folder, or --data). */
  dataDir: string;
  /** The bundled library, opened when the person has not chosen another folder. */
  bundledLibrary: string;
  /** A library folder that overrides the remembered one for this run (--library). */
  libraryOverride?: string;
  mode: 'electron' | 'browser';
  version: string;
  /** Start opening the library at once, before the window asks (hosts with a window: its first
   * rows then wait for nothing the page load could have overlapped). */
  openLibraryAtStart?: boolean;
  /** Native chooser, provided by the desktop host only. */
  choosePath?: (request: PathRequest) => Promise<string | null>;
}

export interface Backend {
  api: LecternApi;
  dispatcher: Dispatcher;
  events: EventHub;
  /** Wait for every pending write to reach the disk (call before quitting). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
