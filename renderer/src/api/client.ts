// Runs in the renderer. The typed API: a Proxy that turns each contract method into a transport call.
import type { ApiError, ApiEvent, ApiMethod, LecternApi, LecternBridge, LecternEvents } from '../../../electron/common/contract';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** A failed call, carrying the backend's readable message. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

declare global {
  interface Window {
    /** Present only in the desktop app, put there by the preload. */
    lectern?: LecternBridge;
  }
}

export const transport: Transport = window.lectern ? ipcTransport(window.lectern) : httpTransport();

export const api = new Proxy({} as LecternApi, {
  get(_target, method: string) {
    return async (...args: unknown[]) => {
      const reply = await transport.call(method as ApiMethod, args);
      if (!reply.ok) throw new ApiCallError(reply.error);
      return reply.value;
    };
  },
});

type Listener<E extends ApiEvent> = (payload: LecternEvents[E]) => void;
const listeners = new Map<ApiEvent, Set<Listener<ApiEvent>>>();
const resumedListeners = new Set<() => void>();
transport.listen(
  (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  },
  () => {
    for (const listener of resumedListeners) listener();
  },
);

/** Calls `listener` whenever pushed events come back after a break (some may have been lost). */
export function onEventsResumed(listener: () => void): () => void {
  resumedListeners.add(listener);
  return () => resumedListeners.delete(listener);
}

export function onEvent<E extends ApiEvent>(event: E, listener: Listener<E>): () => void {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set);
  set.add(listener as Listener<ApiEvent>);
  return () => set.delete(listener as Listener<ApiEvent>);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
