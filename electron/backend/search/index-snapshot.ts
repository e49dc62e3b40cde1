// Runs in the search worker. A library's search index kept on disk beside its index cache, so that
// a library opened again is searchable at once rather than once its index is built again (a quarter
// of a minute of one core at 100,000 articles). It is a cache: a snapshot written by other search
// code, for another bodies file, or whose bytes are not the ones written is not used, and the index
// is built from the bodies as before. Nothing is lost with it.
//
// Layout: "LXSI", the header's length (4 bytes, little-endian), the sha1 of everything after it
// (20 bytes and 4 of padding), the header as JSON (words, keys, titles, each array's length), then
// the typed arrays, each from a multiple of 4 bytes so that they are read in place.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { CompactIndexState } from './posting-lists.js';
import type { SearchIndexState } from './search-index.js';

export interface Snapshot {
  /** The search code that wrote it (search-stamp.ts). */
  stamp: string;
  /** The id of the bodies file its articles' places point into. */
  bodiesId: string;
  index: SearchIndexState;
  /** Where each article's indexed body lay: "offset:length" in the bodies file, "none" for no body. */
  places: Map<string, string>;
}

export type SnapshotRead = { ok: true; snapshot: Snapshot } | { ok: false; problem: 'none' | 'stale' | 'damaged' };

const MAGIC = 'LXSI';
const CHUNK_BYTES = 1 << 20;
const VERSION = 1;

interface Header {
  version: number;
  stamp: string;
  bodiesId: string;
  words: string[];
  keys: Array<string | null>;
  /** id, title, site, place. */
  articles: Array<[string, string | null, string | null, string]>;
  totalLength: number[];
  dead: number;
  /** The arrays' lengths, in order: live, each field's lengths, then each field's offsets and items. */
  arrays: number[];
}

const padded = (bytes: number): number => (bytes + 3) & ~3;
const bytesOf = (array: Uint8Array | Uint32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** The state's arrays in the file's order, each as its parts (a field's postings are one part per word). */
function arraysOf(engine: CompactIndexState): Array<ReadonlyArray<Uint8Array | Uint32Array>> {
  return [[engine.live], ...engine.lengths.map((l) => [l]), ...engine.postings.flatMap((p) => [[p.offsets], p.items])];
}

const byteLength = (parts: ReadonlyArray<Uint8Array | Uint32Array>): number => parts.reduce((sum, part) => sum + part.byteLength, 0);

/** Where the header starts: after the magic, its length and the checksum. */
const HEADER_AT = 32;

/**
 * Writes `snapshot` to `file` through a temporary, renamed into place: a crash leaves the old one or
 * none. A megabyte at a time, each write awaited: the worker answers searches in between (100 MB at
 * 100,000 articles). The snapshot's arrays must not change meanwhile (SearchIndex.pin).
 */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<void> {
  const { engine, articles } = snapshot.index;
  const arrays = arraysOf(engine);
  const header: Header = {
    version: VERSION,
    stamp: snapshot.stamp,
    bodiesId: snapshot.bodiesId,
    words: engine.words,
    keys: engine.keys,
    articles: articles.map(([id, title, site]) => [id, title, site, snapshot.places.get(id) ?? '']),
    totalLength: engine.totalLength,
    dead: engine.dead,
    arrays: arrays.map((parts) => parts.reduce((sum, part) => sum + part.length, 0)),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Buffer.alloc(padded(HEADER_AT + json.length));
  start.write(MAGIC, 0, 'latin1');
  start.writeUInt32LE(json.length, 4);
  json.copy(start, HEADER_AT);
  // The temporary's name is the one removeStaleTemporaries clears after a crash.
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const out = await open(temporary, 'w');
  try {
    // The checksum of what follows it, worked out as it is written and written last.
    const checksum = createHash('sha1').update(start.subarray(HEADER_AT));
    let position = 0;
    const write = async (bytes: Buffer) => {
      if (position > 0) checksum.update(bytes);
      await out.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    };
    await write(start);
    for (const parts of arrays) {
      // A word's postings are often a few bytes: written in chunks of about a megabyte, not one call each.
      let chunk: Buffer[] = [];
      let chunkBytes = 0;
      for (const part of parts) {
        chunk.push(bytesOf(part));
        chunkBytes += part.byteLength;
        if (chunkBytes >= CHUNK_BYTES) {
          await write(Buffer.concat(chunk, chunkBytes));
          [chunk, chunkBytes] = [[], 0];
        }
      }
      const pad = padded(byteLength(parts)) - byteLength(parts);
      if (pad > 0) chunk.push(Buffer.alloc(pad));
      if (chunk.length > 0) await write(Buffer.concat(chunk));
    }
    await out.write(checksum.digest(), 0, 20, 8);
  } catch (error) {
    await out.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await out.close();
  await rename(temporary, file);
}

/** The snapshot in `file`, if it was written by the search code `stamp` for the bodies file `bodiesId`. */
export function readSnapshot(file: string, stamp: string, bodiesId: string): SnapshotRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, problem: 'none' };
  }
  if (bytes.length < HEADER_AT || bytes.toString('latin1', 0, 4) !== MAGIC) return { ok: false, problem: 'damaged' };
  if (!createHash('sha1').update(bytes.subarray(HEADER_AT)).digest().equals(bytes.subarray(8, 28))) return { ok: false, problem: 'damaged' };
  const header = headerOf(bytes);
  if (!header) return { ok: false, problem: 'damaged' };
  if (header.version !== VERSION || header.stamp !== stamp || header.bodiesId !== bodiesId) return { ok: false, problem: 'stale' };
  const engine = engineOf(bytes, header);
  if (!engine) return { ok: false, problem: 'damaged' };
  const places = new Map(header.articles.map(([id, , , place]) => [id, place]));
  const articles = header.articles.map(([id, title, site]): [string, string | null, string | null] => [id, title, site]);
  return { ok: true, snapshot: { stamp, bodiesId, index: { engine, articles }, places } };
}

function headerOf(bytes: Buffer): Header | null {
  const length = bytes.readUInt32LE(4);
  if (HEADER_AT + length > bytes.length) return null;
  try {
    const header = JSON.parse(bytes.toString('utf8', HEADER_AT, HEADER_AT + length)) as Header;
    return Array.isArray(header.arrays) && Array.isArray(header.words) && Array.isArray(header.keys) && Array.isArray(header.articles) ? header : null;
  } catch {
    return null;
  }
}

/** The arrays after the header (the checksum matched), checked against each other, or null. */
function engineOf(bytes: Buffer, header: Header): CompactIndexState | null {
  const fields = header.totalLength.length;
  if (header.arrays.length !== 1 + 3 * fields) return null;
  let at = padded(HEADER_AT + bytes.readUInt32LE(4));
  const end = header.arrays.reduce((sum, length, i) => sum + padded(i === 0 ? length : 4 * length), at);
  if (end !== bytes.length) return null;
  // Views need their start at a multiple of 4 in memory too; a buffer that is not is copied once.
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const arrays = header.arrays.map((length, i) => {
    const array = i === 0 ? new Uint8Array(base.buffer, base.byteOffset + at, length) : new Uint32Array(base.buffer, base.byteOffset + at, length);
    at += padded(array.byteLength);
    return array;
  });
  const [live, ...rest] = arrays as [Uint8Array, ...Uint32Array[]];
  const lengths = rest.slice(0, fields);
  const postings = Array.from({ length: fields }, (_, f) => ({ offsets: rest[fields + 2 * f] as Uint32Array, items: [rest[fields + 2 * f + 1] as Uint32Array] }));
  const docs = header.keys.length;
  const consistent =
    live.length === docs &&
    lengths.every((l) => l.length === docs) &&
    postings.every(({ offsets, items: [items] }) => offsets.length === header.words.length + 1 && offsets[header.words.length] === items?.length);
  return consistent ? { words: header.words, postings, lengths, totalLength: header.totalLength, live, keys: header.keys, dead: header.dead } : null;
}
