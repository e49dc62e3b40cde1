// Runs in Node. Browser-mode access control, as Jupyter does it: a random token in the printed URL,
// kept afterwards in an HttpOnly cookie; Host and Origin checked against DNS rebinding and CSRF.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Cookies ignore ports, so each server names its cookie after its port. */
export function cookieName(port: number): string {
  return `lectern-token-${port}`;
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The token a request carries: Authorization header, cookie, or ?token= (the printed URL). */
export function presentedToken(request: IncomingMessage, url: URL, port: number): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return cookieValue(request, cookieName(port)) ?? url.searchParams.get('token') ?? undefined;
}

export function tokenIsValid(request: IncomingMessage, url: URL, port: number, token: string): boolean {
  return sameToken(presentedToken(request, url, port), token);
}

/** Only our own loopback names: a foreign Host means DNS rebinding. */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-site requests; ours must come from our own origin or none. */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
