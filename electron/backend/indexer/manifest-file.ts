// Runs in Node. The index cache's manifest: a header line, then one line per cached file (its size,
// mtime, content hash, metadata and where its body lies). Line by line, because one JSON document for
// 100,000 files is a 125 MB string to build or parse at once (~700 MB at the peak of saving it).
import type { FileHandle } from 'node:fs/promises';
import type { CachedFile } from './cached-file.js';
import { forEachLine } from './read-lines.js';

/** The first line of the manifest; each further line is one CachedFile. */
export interface ManifestHeader {
  /** 2: before bodies files were named; 3: signatures inline. Older ones are still read, for their
   * articles to be recognised, never reused. */
  version: 2 | 3 | 4;
  stamp: string;
  folder: string;
  /** The bodies file the entries point into (its first line names it) and how long it was then:
   * a manifest is never read against another bodies file, nor one cut short. */
  bodies?: string;
  bodiesSize?: number;
  /** The signatures file saved with it (its first line names it). */
  signatures?: string;
}

/** The version this code writes, and the only one whose entries it reuses. */
export const MANIFEST_VERSION = 4;

/** Lines written per call while saving. */
const LINES_PER_WRITE = 250;
const NEWLINE = Buffer.from('\n');

/** A manifest's entries and the extractor that wrote them, or null (absent, damaged, another folder). */
export async function readManifest(file: string, folder: string): Promise<{ header: ManifestHeader; files: CachedFile[] } | null> {
  const files: CachedFile[] = [];
  let header: ManifestHeader | null = null;
  let foreign = false;
  try {
    await forEachLine(file, (line) => {
      if (!header) {
        header = JSON.parse(line) as ManifestHeader;
        foreign = ![2, 3, MANIFEST_VERSION].includes(header.version) || header.folder !== folder;
        return !foreign;
      }
      // Signatures are read apart (a version 3 line's inline text is dropped).
      if (line === '') return true;
      const entry = JSON.parse(line) as CachedFile;
      entry.signature = null;
      files.push(entry);
      return true;
    });
  } catch {
    return null; // absent or damaged: start afresh, it is only a cache
  }
  const read = header as ManifestHeader | null;
  return read && !foreign ? { header: read, files } : null;
}

/** A manifest line: the entry without its signature (kept in the signatures file). */
export const manifestLine = ({ file, size, mtimeMs, hash, article, problem, body }: CachedFile): Omit<CachedFile, 'signature'> => ({ file, size, mtimeMs, hash, article, problem, body });

/** Writes the header and every entry's line to `out`. */
export async function writeManifest(out: FileHandle, header: ManifestHeader, entries: readonly CachedFile[]): Promise<void> {
  await out.write(`${JSON.stringify(header)}\n`);
  // Each line goes straight into a buffer of its own and a few hundred are written at once: no
  // joined string, and little alive at any moment, so a save at 100,000 files (~100 MB of JSON)
  // does not swell the heap with copies that outlive a garbage collection or two.
  let chunk: Buffer[] = [];
  for (const entry of entries) {
    chunk.push(Buffer.from(JSON.stringify(manifestLine(entry)), 'utf8'), NEWLINE);
    if (chunk.length >= 2 * LINES_PER_WRITE) {
      await out.writev(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await out.writev(chunk);
}
