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
    if (this.#clients.size === 0) return;
    // Unnamed "message" frames carrying {event, payload}: the client needs no list of event names.
    // Encoded once, as bytes: a string written to a chunked response is scanned for its length and
    // then encoded, two passes over each delta (a second of the main thread over a cold 100,000).
    const frame = Buffer.from(`data: ${JSON.stringify({ event, payload })}\n\n`, 'utf8');
    for (const client of this.#clients) client.write(frame);
  }

  closeAll(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
