// Runs in Node. Reads one capture from disk as text, with a sentence a person understands for every
// way that can fail (empty, binary, unknown encoding, too large, unreadable). Never throws.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type * as Chardet from 'chardet';
import { loadOnFirstUse } from '../load-on-first-use.js';

/** Only files that are not UTF-8 need the encoding detector. */
const chardet = loadOnFirstUse<typeof Chardet>('chardet');

export type ReadResult =
  /** `utf8`: the file's bytes when they are exactly the text's UTF-8 (no BOM, no CR), else absent. */
  | { ok: true; text: string; utf8?: Uint8Array }
  | { ok: false; message: string };

/** Larger than any real article capture; refusing keeps one stray file from exhausting memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Opening never waits: a named pipe (FIFO) put where a capture was would otherwise block the open
 * until something writes to it, forever. Regular files ignore the flag; Windows has none.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** How much of the start is inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

export const MESSAGES = {
  empty: 'The file is empty.',
  binary: 'This looks like a binary file, not text.',
  encoding: 'The text encoding could not be recognised (not UTF-8).',
  tooLarge: `The file is too large to open as an article (over ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
  notFile: 'This is not a regular file.',
} as const;

function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Lectern does not have permission to read this file.';
    case 'ENOENT':
      return 'The file no longer exists.';
    case 'EISDIR':
      return MESSAGES.notFile;
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; try opening the library again.';
    default:
      return `The file could not be read${code ? ` (${code})` : ''}.`;
  }
}

/** NUL bytes, or many control characters other than tab/newline/form feed: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.02;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252 is the usual encoding of old Western captures, but any byte sequence "decodes" in it,
 * so we accept it only when the result reads like Latin text: non-ASCII characters a minority, each a
 * letter or common punctuation (é, ü, ’, “, –), mostly next to ASCII letters. Shift-JIS, GBK or
 * random bytes fail this and get the "not recognised" message instead of mojibake.
 */
const PLAUSIBLE_HIGH = /[\u00A0-\u00FF\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]/u;
/** Windows-1252's 0x80–0x9F block (Node's TextDecoder treats the label as ISO-8859-1 there); 0 = unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeLatin(bytes: Uint8Array): string | null {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const c = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] ?? 0 : b;
    if (c === 0 && b !== 0) return null; // unassigned in windows-1252: not such a file
    codes[i] = c;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  let high = 0;
  let nearLetter = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c.charCodeAt(0) < 0x80) continue;
    if (!PLAUSIBLE_HIGH.test(c) || c === '×' || c === '÷') return null;
    high++;
    if (/[A-Za-z\s]/.test(text[i - 1] ?? ' ') || /[A-Za-z\s]/.test(text[i + 1] ?? ' ')) nearLetter++;
  }
  if (high > text.length * 0.35 || nearLetter < high * 0.8) return null;
  return text;
}

/** A saved page's own declaration: <meta charset="…"> or http-equiv content="…; charset=…". */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** The encoding a statistical detector (chardet) names, if Node's TextDecoder decodes with it cleanly. */
function decodeDetected(bytes: Uint8Array): string | null {
  const candidates = chardet().analyse(bytes.subarray(0, 256 * 1024)).filter((c) => c.confidence >= 20);
  for (const { name } of candidates) {
    const text = decodeStrict(name.toLowerCase(), bytes);
    if (text !== null && !/[\u0080-\u009f\ufffd]/u.test(text)) return text;
  }
  return null;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** A text, and whether it is the bytes' UTF-8 exactly (no BOM): then the bytes hash as the text. */
interface Decoded {
  text: string;
  sameBytes: boolean;
}

function decode(bytes: Uint8Array, html: boolean): Decoded | null {
  // Decoded from anything but the bytes as they are in UTF-8 (after a BOM, or another encoding).
  const translated = (text: string | null): Decoded | null => (text === null ? null : { text, sameBytes: false });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return translated(decodeStrict('utf-8', bytes.subarray(3)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return translated(decodeStrict('utf-16le', bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return translated(decodeStrict('utf-16be', bytes.subarray(2)));
  // (textOf has ruled out binary already.)
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, sameBytes: true };
  const declared = html ? declaredCharset(bytes) : null;
  if (declared && supported(declared)) {
    const text = decodeStrict(declared, bytes);
    if (text !== null) return { text, sameBytes: false };
  }
  // Old Western captures first (a strict plausibility check), then whatever chardet recognises
  // (Shift_JIS, GB18030, windows-1251, EUC-KR…). Anything else is reported, never shown as mojibake.
  return translated(decodeLatin(bytes) ?? decodeDetected(bytes));
}

/** Why an opened file is not read (not a regular file, too large), or null: both readers ask. */
function refusalOf(info: { isFile(): boolean; size: number }): string | null {
  if (!info.isFile()) return MESSAGES.notFile;
  if (info.size > MAX_FILE_BYTES) return MESSAGES.tooLarge;
  return null;
}

export async function readArticleFile(absPath: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const handle = await open(absPath, READ_FLAGS);
    try {
      const refused = refusalOf(await handle.stat());
      if (refused) return { ok: false, message: refused };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, message: ioMessage(error) };
  }
  return textOf(bytes, absPath);
}

/**
 * text.split('\n') of a file's text, given the file's bytes when they are that text's UTF-8 (a read's
 * `utf8`): each line decoded on its own. Why: a page with one dash or bullet is held as a string
 * of two-byte characters, and so is every line cut from it; a line decoded alone is one-byte when its
 * characters allow, and extraction works a fifth faster on such lines. A newline byte is never
 * inside a character's bytes, so the lines are the same.
 */
export function utf8Lines(bytes: Uint8Array): string[] {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: string[] = [];
  let start = 0;
  for (let newline = buffer.indexOf(10, start); newline >= 0; newline = buffer.indexOf(10, start)) {
    lines.push(buffer.toString('utf8', start, newline));
    start = newline + 1;
  }
  lines.push(buffer.toString('utf8', start, buffer.length));
  return lines;
}

/** A file's size and modification time, as the index cache keys it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * readArticleFile with blocking calls, for the indexer's worker threads, which do nothing else while
 * they wait. Each promise-based call is a round trip through libuv's thread pool: for a cached 5 KB
 * file, open, two stats, a read and a close cost about seven times the CPU of the same calls made
 * directly (measured on this project's dev machine: 150 µs against 20 µs), a tenth of a cold index's
 * CPU in all. With the size and mtime of the file it read, from the stat of the open file it makes
 * anyway, so the indexer need not look the path up again. Null when even a stat of the path fails
 * (the file is gone).
 */
export function readStampedFileBlocking(absPath: string, into?: ReadBuffer): { read: ReadResult; stamp: FileStamp | null } {
  let bytes: Uint8Array;
  let stamp: FileStamp | null = null;
  try {
    const fd = openSync(absPath, READ_FLAGS);
    try {
      const info = fstatSync(fd);
      stamp = { size: info.size, mtimeMs: info.mtimeMs };
      const refused = refusalOf(info);
      if (refused) return { read: { ok: false, message: refused }, stamp };
      bytes = readOpenFile(fd, info.size, into);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    // Unopenable (no permission, say) but there: its stamp keeps it from being retried unchanged.
    stamp ??= stampOf(absPath);
    return { read: { ok: false, message: ioMessage(error) }, stamp };
  }
  return { read: textOf(bytes, absPath), stamp };
}

/**
 * One buffer that a thread reads file after file into (readStampedFileBlocking's `into`), for the
 * extraction workers. A fresh buffer per file is fresh memory: over a cold index's first 5,000
 * captures, its allocation and the page faults of filling it cost a worker 50 ms of CPU (measured
 * on this project's dev machine: 178 ms of reading against 129 ms), and 15 ms once warm. A read's
 * `utf8` then views this buffer: valid until the next read into it, so the caller is done with it
 * before reading again (a worker extracts one file at a time, without a pause).
 */
export class ReadBuffer {
  /** Files larger than this get a buffer of their own: a rare huge capture is not kept in memory. */
  static readonly KEPT_BYTES = 1024 * 1024;
  #bytes = Buffer.alloc(0);

  /** A buffer of at least `size` bytes, this one when it can be. */
  take(size: number): Buffer {
    if (size > ReadBuffer.KEPT_BYTES) return Buffer.allocUnsafe(size);
    if (this.#bytes.length < size) this.#bytes = Buffer.allocUnsafe(Math.min(ReadBuffer.KEPT_BYTES, Math.max(size, 64 * 1024, 2 * this.#bytes.length)));
    return this.#bytes;
  }
}

/**
 * The `size` bytes of an open file (fewer if it shrank meanwhile), as readFileSync(fd) reads a
 * regular file, but without the second stat it makes to learn the size we have.
 */
function readOpenFile(fd: number, size: number, into?: ReadBuffer): Buffer {
  // Not zero-filled: every byte returned is read into it.
  const bytes = into ? into.take(size) : Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const read = readSync(fd, bytes, done, size - done, null);
    if (read === 0) break;
    done += read;
  }
  return done < bytes.length ? bytes.subarray(0, done) : bytes;
}

function stampOf(absPath: string): FileStamp | null {
  const info = statSync(absPath, { throwIfNoEntry: false });
  return info ? { size: info.size, mtimeMs: info.mtimeMs } : null;
}

/** The text of a file's bytes, or why there is none. */
function textOf(bytes: Uint8Array, absPath: string): ReadResult {
  if (bytes.length === 0) return { ok: false, message: MESSAGES.empty };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: MESSAGES.tooLarge }; // grew meanwhile
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && looksBinary(bytes)) return { ok: false, message: MESSAGES.binary };
  const decoded = decode(bytes, /\.html?$/iu.test(absPath));
  if (decoded === null) return { ok: false, message: MESSAGES.encoding };
  const { text } = decoded;
  if (text.includes('\u0000')) return { ok: false, message: MESSAGES.binary }; // e.g. binary behind a BOM
  if (text.includes('\r')) return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  return decoded.sameBytes ? { ok: true, text, utf8: bytes } : { ok: true, text };
}
