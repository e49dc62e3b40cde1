// Runs in the renderer (Electron). Calls go through the preload's `window.lectern` bridge.
import type { ApiEvent, ApiMethod, LecternBridge, LecternEvents, Result } from '../../../electron/common/contract';
import type { EventHandler, Transport } from './transport';

const EVENTS: readonly ApiEvent[] = ['libraryChanged', 'command', 'libraryUpdated', 'indexProgress'] satisfies readonly ApiEvent[];

export function ipcTransport(bridge: LecternBridge): Transport {
  const call = (method: ApiMethod, args: unknown[]): Promise<Result<unknown>> => {
    const send = bridge[method] as (...a: unknown[]) => Promise<Result<unknown>>;
    return send(...args);
  };
  return {
    call,
    callBeforeUnload(method, args) {
      void call(method, args);
    },
    listen(handler: EventHandler) {
      for (const event of EVENTS) {
        bridge.listen(event, (payload: LecternEvents[typeof event]) => handler(event, payload));
      }
    },
  };
}
