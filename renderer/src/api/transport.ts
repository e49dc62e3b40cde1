// Runs in the renderer. How API calls travel: Electron IPC or browser-mode HTTP, one interface.
import type { ApiEvent, ApiMethod, LecternEvents, Result } from '../../../electron/common/contract';

export type EventHandler = <E extends ApiEvent>(event: E, payload: LecternEvents[E]) => void;

export interface Transport {
  call(method: ApiMethod, args: unknown[]): Promise<Result<unknown>>;
  /** Last words while the page goes away: must not wait for an answer (e.g. a note being typed). */
  callBeforeUnload(method: ApiMethod, args: unknown[]): void;
  /** Starts receiving pushed events; `resumed` is called when they come back after a break, during
   * which some were lost. */
  listen(handler: EventHandler, resumed: () => void): void;
}
