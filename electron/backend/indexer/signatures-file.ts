// Runs in Node. The index cache's MinHash signatures, apart from its manifest: one fixed-size binary
// record per manifest entry, in the manifest's order. In the manifest they were base64 text, over half
// of its bytes (6.9 of 12.5 MB for 10,000 articles), parsed on every reopen though only a change to
// the folder needs them. Here a reopen checks the file's first line and size, and the records are
// read in the background as one buffer, copied once, with no text to decode.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { HASHES } from './duplicates.js';

const RECORD_BYTES = HASHES * 4;
const EMPTY_RECORD = new Uint8Array(RECORD_BYTES);
/** Records written per call while saving. */
const RECORDS_PER_WRITE = 512;
/** Records made into views between two turns of the event loop while reading. */
const RECORDS_PER_SLICE = 10_000;

/** The file's first line names it and says how many records follow; padded so records start 4-aligned. */
function headerBytes(id: string, count: number): Buffer {
  const line = JSON.stringify({ signatures: id, count, hashes: HASHES });
  const padded = line.padEnd(Math.ceil((line.length + 1) / 4) * 4 - 1, ' ');
  return Buffer.from(`${padded}\n`, 'utf8');
}

/**
 * Writes `signatures` (null: none, stored as zeros, which no real signature is) to `file`, named `id`.
 * Synchronous and whole: the caller writes to a temporary name and renames it into place.
 */
export function writeSignatures(file: string, id: string, signatures: Iterable<Uint32Array | null>, count: number): void {
  const fd = openSync(file, 'w');
  try {
    let position = 0;
    const put = (bytes: Uint8Array): void => {
      writeSync(fd, bytes, 0, bytes.length, position);
      position += bytes.length;
    };
    put(headerBytes(id, count));
    const chunk = Buffer.alloc(RECORDS_PER_WRITE * RECORD_BYTES);
    let filled = 0;
    let written = 0;
    for (const sig of signatures) {
      const record = sig && sig.length === HASHES ? new Uint8Array(sig.buffer, sig.byteOffset, RECORD_BYTES) : EMPTY_RECORD;
      chunk.set(record, filled * RECORD_BYTES);
      written++;
      if (++filled === RECORDS_PER_WRITE) {
        put(chunk);
        filled = 0;
      }
    }
    if (filled > 0) put(chunk.subarray(0, filled * RECORD_BYTES));
    if (written !== count) throw new Error(`Expected ${count} signatures, got ${written}.`);
  } finally {
    closeSync(fd);
  }
}

/** Whether `file` is the signatures file named `id` with `count` records, whole. Cheap: its first
 * line and its size (the records themselves are read later, see readSignatures). */
export function signaturesMatch(file: string, id: string, count: number): boolean {
  const header = headerBytes(id, count);
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size !== header.length + count * RECORD_BYTES) return false;
    const head = Buffer.alloc(header.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(header);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The signatures of the file named `id` with `count` records, in order (null where none was kept).
 * Rejects when it cannot be read or is not that file (signaturesMatch checks that beforehand).
 */
export async function readSignatures(file: string, id: string, count: number): Promise<Array<Uint32Array | null>> {
  const bytes = await readFile(file);
  const header = headerBytes(id, count);
  if (bytes.length !== header.length + count * RECORD_BYTES || !bytes.subarray(0, header.length).equals(header)) {
    throw new Error(`${file} is not the signatures file the index cache was saved with.`);
  }
  // Viewed where it was read when its records start 4-aligned (a large file's buffer is its own);
  // otherwise copied once. Copying 51 MB at 100,000 records held the event loop for 0.1–0.2 s.
  const start = bytes.byteOffset + header.length;
  let all: Uint32Array;
  if (start % 4 === 0) all = new Uint32Array(bytes.buffer, start, count * HASHES);
  else {
    all = new Uint32Array(count * HASHES);
    new Uint8Array(all.buffer).set(bytes.subarray(header.length));
  }
  const out = new Array<Uint32Array | null>(count);
  for (let i = 0; i < count; i++) {
    const sig = all.subarray(i * HASHES, (i + 1) * HASHES);
    out[i] = sig.some((value) => value !== 0) ? sig : null;
    // In slices: at 100,000 records the views alone take a quarter of a second of the main thread,
    // which answers the interface meanwhile.
    if (i % RECORDS_PER_SLICE === RECORDS_PER_SLICE - 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}
