// Runs in the renderer (browser mode). Calls are POSTs to the local server; pushes arrive as SSE.
import type { ApiEvent, ApiMethod, LecternEvents, Result } from '../../../electron/common/contract';
import type { EventHandler, Transport } from './transport';

/** fetch's keepalive requests are capped at 64 KB by browsers. */
const KEEPALIVE_LIMIT = 60_000;

function post(method: ApiMethod, args: unknown[], keepalive: boolean): Promise<Response> {
  return fetch(`/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
    credentials: 'same-origin',
    keepalive,
  });
}

/**
 * The page's first reads, by the GETs the server has the browser preload with the page (a `Link`
 * header), so these requests find their answers on the way already. Later calls are ordinary POSTs.
 */
const PRELOADED: Partial<Record<ApiMethod, string>> = { getLibrary: '/api/library', getAppInfo: '/api/app-info' };

export function httpTransport(): Transport {
  const preloadsTaken = new Set<ApiMethod>();
  return {
    async call(method, args) {
      let response: Response;
      try {
        const preloaded = preloadsTaken.has(method) ? undefined : PRELOADED[method];
        preloadsTaken.add(method);
        response = await (preloaded ? fetch(preloaded, { credentials: 'same-origin' }) : post(method, args, false));
      } catch {
        return { ok: false, error: { code: 'io-error', message: 'Lectern’s local server cannot be reached. Is it still running?' } };
      }
      if (!response.ok) {
        const message = (await response.text()) || `The server answered ${response.status}.`;
        return { ok: false, error: { code: response.status === 403 ? 'forbidden' : 'io-error', message } };
      }
      return (await response.json()) as Result<unknown>;
    },
    callBeforeUnload(method, args) {
      const body = JSON.stringify(args);
      void post(method, args, body.length < KEEPALIVE_LIMIT).catch(() => undefined);
    },
    listen(handler: EventHandler, resumed: () => void) {
      const source = new EventSource('/api/events', { withCredentials: true });
      source.onmessage = (message: MessageEvent<string>) => {
        const { event, payload } = JSON.parse(message.data) as { event: ApiEvent; payload: LecternEvents[ApiEvent] };
        handler(event, payload as never);
      };
      let opened = false;
      let broken = false;
      source.onopen = () => {
        if (opened && broken) resumed();
        opened = true;
        broken = false;
      };
      source.onerror = () => {
        broken = opened; // EventSource retries by itself
      };
    },
  };
}
