// Runs in Node (the main thread and the extraction workers). The index cache's bodies file: one JSON
// line per body, and a first line that names the file, so a manifest is only ever read against the
// bodies file it was saved with (see index-cache.ts).
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync, writevSync } from 'node:fs';

const utf8 = new TextEncoder();

/** A body's line of the bodies file, as text. */
export const bodyLineText = (body: { paragraphs: readonly string[]; comments: readonly string[] }): string =>
  `${JSON.stringify({ paragraphs: body.paragraphs, comments: body.comments })}\n`;

/** A body as one line of the bodies file (IndexCache.readBody reads it back). */
export function bodyLine(body: { paragraphs: readonly string[]; comments: readonly string[] }): Uint8Array {
  // A fresh array of its own (not a slice of a shared pool): only its bytes cross between threads.
  return utf8.encode(bodyLineText(body));
}

/**
 * Writes body lines one after another from `position`, in one system call where the system takes
 * them all at once (a batch of extraction results, rather than a call a body); returns where each lies.
 */
export function writeBodyLines(fd: number, lines: readonly Uint8Array[], position: number): Array<{ offset: number; length: number }> {
  if (lines.length === 0) return [];
  let written = writevSync(fd, lines as Uint8Array[], position);
  const refs: Array<{ offset: number; length: number }> = [];
  let offset = position;
  for (const bytes of lines) {
    // A write cut short (a full disk, a signal) is finished line by line.
    if (offset + bytes.length > position + written) {
      const done = Math.max(0, position + written - offset);
      writeSync(fd, bytes, done, bytes.length - done, offset + done);
      written = offset + bytes.length - position;
    }
    refs.push({ offset, length: bytes.length });
    offset += bytes.length;
  }
  return refs;
}

/** Writes a new bodies file's first line, naming it: gives the name and the line's length. */
export function startBodies(fd: number): { id: string; length: number } {
  const id = randomUUID();
  const line = Buffer.from(`${JSON.stringify({ bodies: id })}\n`, 'utf8');
  writeSync(fd, line, 0, line.length, 0);
  return { id, length: line.length };
}

/** The id on a bodies file's first line, or '' (a file from before ids, or damaged: it matches no manifest). */
export function bodiesIdIn(fd: number): string {
  const head = Buffer.alloc(128);
  const length = readSync(fd, head, 0, head.length, 0);
  const end = head.subarray(0, length).indexOf(0x0a);
  try {
    const parsed = JSON.parse(head.toString('utf8', 0, end < 0 ? 0 : end)) as { bodies?: unknown };
    return typeof parsed.bodies === 'string' ? parsed.bodies : '';
  } catch {
    return '';
  }
}

/** Whether the bodies file at `file` is the one named `id`, at least `size` bytes long (not cut short). */
export function bodiesMatch(file: string, id: string | undefined, size: number | undefined): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    return id !== undefined && fstatSync(fd).size >= (size ?? Infinity) && bodiesIdIn(fd) === id;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
