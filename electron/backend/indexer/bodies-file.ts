// Runs in Node (the main thread and the extraction and search workers). The index cache's bodies
// file: one line per body (see plainLineParts), and a first line that names the file, so a manifest
// is only ever read against the bodies file it was saved with (see index-cache.ts).
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync, writevSync } from 'node:fs';
import { PARAGRAPH_SEPARATOR } from './article.js';

const utf8 = new TextEncoder();

/** A body with its comments, as the bodies file holds it. */
export interface BodyParts {
  paragraphs: readonly string[];
  comments: readonly string[];
}

/**
 * A body's line comes in one of two forms, told apart by its first character:
 * - plain, `B<n>,<m>:<text><comments>\n`: the body's text as the reader and search use it
 *   (paragraphs joined by a blank line), then the comments one per line, n and m their lengths in
 *   UTF-16 code units (both, so that a damaged length is found out rather than read as another text).
 *   Written as the text is, with no JSON escaping: a worker spent a tenth of its time quoting bodies
 *   into JSON and measuring the result, and search had to parse and join them again;
 * - JSON, `{"paragraphs":[…],"comments":[…]}\n`: for a body the plain form cannot give back
 *   exactly (an empty paragraph or comment, a line break inside one, a lone surrogate, which UTF-8
 *   cannot carry), and in caches written before the plain form.
 */
const PLAIN = 'B';

/** Whether each of `texts` comes back from `texts.join(separator).split(separator)` as it is. */
function splitsBack(texts: readonly string[]): boolean {
  for (const text of texts) if (text === '' || text.includes('\n') || !text.isWellFormed()) return false;
  return true;
}

/**
 * The plain form's pieces, to be written one after another (the body's text is the second), or null
 * when only JSON holds this body exactly. `text`: bodyText(paragraphs), when the caller has it.
 */
export function plainLineParts(body: BodyParts, text = body.paragraphs.join(PARAGRAPH_SEPARATOR)): [string, string, string] | null {
  if (!splitsBack(body.paragraphs) || !splitsBack(body.comments)) return null;
  const comments = body.comments.join('\n');
  return [`${PLAIN}${text.length},${comments.length}:`, text, `${comments}\n`];
}

/** A body's line in the JSON form, as text. */
export const jsonLineText = (body: BodyParts): string => `${JSON.stringify({ paragraphs: body.paragraphs, comments: body.comments })}\n`;

/** A body's line of the bodies file, as text. */
export function bodyLineText(body: BodyParts, text?: string): string {
  return plainLineParts(body, text)?.join('') ?? jsonLineText(body);
}

/** A body as one line of the bodies file (IndexCache.readBody reads it back). */
export function bodyLine(body: BodyParts, text?: string): Uint8Array {
  // A fresh array of its own (not a slice of a shared pool): only its bytes cross between threads.
  return utf8.encode(bodyLineText(body, text));
}

/** A plain line's text and comments; throws on a damaged line. */
function readPlain(line: string): { text: string; comments: string } {
  const colon = line.indexOf(':');
  const [length, commentsLength] = line.slice(PLAIN.length, colon < 0 ? 0 : colon).split(',').map((digits) => (/^\d+$/u.test(digits) ? Number(digits) : NaN));
  const end = colon + 1 + (length ?? NaN);
  if (colon < 0 || !(end + (commentsLength ?? NaN) + 1 === line.length) || !line.endsWith('\n')) throw new Error('A body line of the index cache is damaged.');
  return { text: line.slice(colon + 1, end), comments: line.slice(end, -1) };
}

/** The body and comments of a line of the bodies file (either form); throws on a damaged line. */
export function parseBodyLine(line: string): { paragraphs: string[]; comments: string[] } {
  if (!line.startsWith(PLAIN)) return JSON.parse(line) as { paragraphs: string[]; comments: string[] };
  const { text, comments } = readPlain(line);
  return { paragraphs: text === '' ? [] : text.split(PARAGRAPH_SEPARATOR), comments: comments === '' ? [] : comments.split('\n') };
}

/** The body's text (bodyText of its paragraphs) in a line of the bodies file; throws on a damaged line. */
export function bodyTextOfLine(line: string): string {
  if (!line.startsWith(PLAIN)) return (JSON.parse(line) as { paragraphs: string[] }).paragraphs.join(PARAGRAPH_SEPARATOR);
  return readPlain(line).text;
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
