// Runs in a worker thread. The worker side of the pool's protocol: numbered requests in, numbered
// replies out, an error becoming a message rather than a dead worker.
import type { MessagePort, Transferable } from 'node:worker_threads';

export interface TaskRequest<T> {
  id: number;
  task: T;
}

export type TaskReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; message: string };

/**
 * `transfer` names the buffers of a reply that are moved to the other thread rather than copied:
 * the handler must have made them for the reply alone.
 */
export function serveTasks<T, R>(port: MessagePort, handle: (task: T) => Promise<R> | R, transfer?: (value: R) => Transferable[]): void {
  port.on('message', (request: TaskRequest<T>) => {
    void (async () => {
      let reply: TaskReply<R>;
      try {
        reply = { id: request.id, ok: true, value: await handle(request.task) };
      } catch (error) {
        reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply, reply.ok && transfer ? transfer(reply.value) : []);
    })();
  });
}
