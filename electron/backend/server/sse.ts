// Runs in Node. Server-sent events: the HTTP transport's way of pushing backend events.
import type { ServerResponse } from 'node:http';
import type { ApiEvent, LecternEvents } from '../../common/contract.js';

export class EventStream {
  readonly #clients = new Set<ServerResponse>();

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  send<E extends ApiEvent>(event: E, payload: LecternEvents[E]): void {
    // Unnamed "message" frames carrying {event, payload}: the client needs no list of event names.
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of this.#clients) client.write(frame);
  }

  closeAll(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
