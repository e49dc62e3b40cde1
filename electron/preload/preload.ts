// Runs in the Electron preload (sandboxed).
//
// Exposes exactly the LecternBridge surface as `window.lectern`: one function per API method plus
// `listen`. Nothing of ipcRenderer itself (no channel names, no IpcRendererEvent, no `sender`)
// reaches the page, so a compromised page can only make the calls the contract already allows.
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_EVENTS,
  API_METHODS,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  type ApiEvent,
  type ApiMethod,
  type ApiReply,
  type LecternApi,
  type LecternBridge,
  type LecternEvents,
} from '../common/contract.js';
import { FLUSH_ACK_CHANNEL } from './channels.js';

const knownEvents: ReadonlySet<string> = new Set(API_EVENTS);

function isApiEvent(value: unknown): value is ApiEvent {
  return typeof value === 'string' && knownEvents.has(value);
}

interface EventMessage {
  event: ApiEvent;
  payload: unknown;
}

function isEventMessage(message: unknown): message is EventMessage {
  return typeof message === 'object' && message !== null && 'event' in message && isApiEvent(message.event);
}

/** Calls sent and not yet answered, so a flush can wait until the page's last save is done. */
const pendingCalls = new Set<Promise<unknown>>();

function invoker<M extends ApiMethod>(method: M): (...args: Parameters<LecternApi[M]>) => Promise<ApiReply<M>> {
  const channel = ipcChannel(method);
  return async (...args) => {
    // Arguments travel as one array; the backend's dispatcher validates them.
    const sent: Promise<ApiReply<M>> = ipcRenderer.invoke(channel, args);
    pendingCalls.add(sent); // synchronously, before the page's code gets control back
    try {
      return await sent;
    } catch (error) {
      // Only transport failures land here (the main process answers with Results, never throws).
      // Errors do not survive contextBridge intact, so report them as a Result like any other.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Lectern could not reach its backend: ${detail}` } };
    } finally {
      pendingCalls.delete(sent);
    }
  };
}

/** A little under the main process's own wait (shutdown.ts), so the acknowledgement still counts. */
const FLUSH_QUIET_LIMIT_MS = 2_500;

const nextTask = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page's flush handlers are asynchronous (a save may be queued behind one still running), so
 * "the listeners returned" is not "the note is saved". Wait until a whole task passes with no call
 * outstanding (a queued save is sent from a microtask, before the next task), then acknowledge.
 */
async function acknowledgeFlushWhenQuiet(): Promise<void> {
  const deadline = Date.now() + FLUSH_QUIET_LIMIT_MS;
  await nextTask();
  while (pendingCalls.size > 0 && Date.now() < deadline) {
    await Promise.race([Promise.allSettled([...pendingCalls]), nextTask(deadline - Date.now())]);
    await nextTask();
  }
  ipcRenderer.send(FLUSH_ACK_CHANNEL);
}

type BridgeMethods = Omit<LecternBridge, 'listen'>;

// Built from API_METHODS so the exposed methods are exactly the contract's list at run time;
// contract.ts checks at compile time that the list names every LecternApi method.
const methods = Object.fromEntries(API_METHODS.map((method) => [method, invoker(method)])) as BridgeMethods;

// One IPC subscription fans out to the page's listeners, so delivery order is the send order and
// the flush acknowledgement below starts only after every listener has run.
const listeners = new Map<ApiEvent, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: unknown) => {
  if (!isEventMessage(message)) return;
  for (const listener of [...(listeners.get(message.event) ?? [])]) {
    try {
      listener(message.payload);
    } catch (error) {
      console.error(`lectern: a listener for ${message.event} failed:`, error);
    }
  }
  if (message.event === 'command' && message.payload === 'flush') void acknowledgeFlushWhenQuiet();
});

function listen<E extends ApiEvent>(event: E, listener: (payload: LecternEvents[E]) => void): () => void {
  if (!isApiEvent(event)) throw new TypeError(`Lectern has no event named "${String(event)}".`);
  if (typeof listener !== 'function') throw new TypeError('listen() needs a function to call.');
  // Messages are routed by event name above, so this listener only ever gets LecternEvents[E].
  // A fresh wrapper per call: subscribing the same function twice gives two independent unsubscribes.
  const subscription = (payload: unknown): void => listener(payload as LecternEvents[E]);
  let set = listeners.get(event);
  if (!set) {
    set = new Set();
    listeners.set(event, set);
  }
  set.add(subscription);
  return () => {
    listeners.get(event)?.delete(subscription);
  };
}

const bridge: LecternBridge = { ...methods, listen };

contextBridge.exposeInMainWorld('lectern', bridge);
