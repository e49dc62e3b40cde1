// Runs in Node. The index cache's MinHash signatures, apart from its manifest: one fixed-size binary
// record per manifest entry, in the manifest's order. In the manifest they were base64 text, over half
// of its bytes (6.9 of 12.5 MB for 10,000 articles), parsed on every reopen though only a change to
// the folder needs them; read here, they are one buffer, copied once, with no text to decode.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { HASHES } from './duplicates.js';

const RECORD_BYTES = HASHES * 4;
const EMPTY_RECORD = new Uint8Array(RECORD_BYTES);
/** Records written per call while saving. */
const RECORDS_PER_WRITE = 512;

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

/**
 * The signatures of the file named `id` with `count` records, in order (null where none was kept),
 * or null when the file is absent, damaged, cut short, or another one.
 */
export function readSignatures(file: string, id: string, count: number): Array<Uint32Array | null> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const header = headerBytes(id, count);
  if (bytes.length !== header.length + count * RECORD_BYTES || !bytes.subarray(0, header.length).equals(header)) return null;
  // One copy into memory of our own: aligned for Uint32Array views, whatever the buffer's offset.
  const all = new Uint32Array(count * HASHES);
  new Uint8Array(all.buffer).set(bytes.subarray(header.length));
  const out = new Array<Uint32Array | null>(count);
  for (let i = 0; i < count; i++) {
    const sig = all.subarray(i * HASHES, (i + 1) * HASHES);
    out[i] = sig.some((value) => value !== 0) ? sig : null;
  }
  return out;
}
