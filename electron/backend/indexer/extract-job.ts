// Runs in a worker thread (and in Node for a handful of files). One file, start to finish: its size
// and mtime, a hash of its text, the extraction and the body's MinHash signature. A file whose hash
// matches the one the caller already knows is not extracted again (it was only touched or copied).
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IndexedArticle } from './article.js';
import { HASHES, signature } from './duplicates.js';
import { articleFromText } from './index-library.js';
import { readArticleFile } from './read-article-file.js';

export interface ExtractTask {
  root: string;
  file: string;
  /** The content hash the cache holds for this path, if any. */
  knownHash: string | null;
  /** Size and mtime when the caller has just looked (the plan stats every file): not asked twice. */
  stamp?: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ExtractResult =
  | { file: string; stamp: FileStamp; hash: string; kind: 'unchanged' }
  | { file: string; stamp: FileStamp; hash: string; kind: 'article'; article: IndexedArticle; signature: string | null }
  | { file: string; stamp: FileStamp | null; hash: string | null; kind: 'problem'; message: string };

export const hashText = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex');

/** Signatures travel and are cached as base64 (512 bytes → 684 characters). */
export function encodeSignature(sig: Uint32Array | null): string | null {
  return sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64') : null;
}

/** Many signatures at once, as views of one buffer (100,000 small buffers cost more than the data). */
export function decodeSignatures(texts: ReadonlyArray<string | null>): Array<Uint32Array | null> {
  const all = new Uint32Array(texts.length * HASHES);
  return texts.map((text, i) => {
    if (!text) return null;
    const bytes = Buffer.from(text, 'base64');
    if (bytes.byteLength !== HASHES * 4) return null; // damaged in the cache: not compared
    const sig = all.subarray(i * HASHES, (i + 1) * HASHES);
    new Uint8Array(sig.buffer, sig.byteOffset, sig.byteLength).set(bytes);
    return sig;
  });
}

export function decodeSignature(text: string | null): Uint32Array | null {
  if (!text) return null;
  const bytes = Buffer.from(text, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export async function runExtractTask(task: ExtractTask): Promise<ExtractResult> {
  const { file } = task;
  const absolute = path.join(task.root, ...file.split('/'));
  let stamp: FileStamp | null = task.stamp ?? null;
  if (!stamp) {
    try {
      const info = await stat(absolute);
      stamp = { size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      // readArticleFile below turns the same failure into a sentence.
    }
  }
  const read = await readArticleFile(absolute);
  if (!read.ok) return { file, stamp, hash: null, kind: 'problem', message: read.message };
  const hash = hashText(read.text);
  const known = stamp ?? { size: 0, mtimeMs: 0 };
  if (hash === task.knownHash) return { file, stamp: known, hash, kind: 'unchanged' };
  const outcome = articleFromText(file, read.text);
  if (!outcome.ok) return { file, stamp: known, hash, kind: 'problem', message: outcome.problem.message };
  return { file, stamp: known, hash, kind: 'article', article: outcome.article, signature: encodeSignature(signature(outcome.article.paragraphs)) };
}
