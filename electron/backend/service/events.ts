// Runs in Node. Fan-out of backend pushes to whichever transports are attached (IPC, SSE).
import type { ApiEvent, LecternEvents } from '../../common/contract.js';

type AnyListener = <E extends ApiEvent>(event: E, payload: LecternEvents[E]) => void;

export class EventHub {
  readonly #listeners = new Set<AnyListener>();

  emit<E extends ApiEvent>(event: E, payload: LecternEvents[E]): void {
    for (const listener of this.#listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        // One broken transport must not stop the others from hearing the event.
        console.error(`lectern: an event listener failed on ${event}:`, error);
      }
    }
  }

  /** Hear every event; returns the function that stops listening. */
  listenAll(listener: AnyListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
