// Runs in a worker thread (and in Node for a handful of files). One file, start to finish: its size
// and mtime, a hash of its text, the extraction and the body's MinHash signature. A file whose hash
// matches the one the caller already knows is not extracted again (it was only touched or copied).
import { hash as digest } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IndexedArticle } from './article.js';
import type { ArticleMeta } from './index-cache.js';
import { signatureOfWords } from './duplicates.js';
import { bodyLine } from './bodies-file.js';
import { BatchBuffers } from './batch-buffers.js';
import { articleFromText } from './index-library.js';
import { ReadBuffer, readArticleFile, readStampedFileBlocking, utf8Lines, type FileStamp, type ReadResult } from './read-article-file.js';

export interface ExtractTask {
  root: string;
  file: string;
  /** The content hash the cache holds for this path, if any. */
  knownHash: string | null;
  /** Size and mtime when the caller has just looked (the plan stats every file): not asked twice. */
  stamp?: FileStamp;
  /**
   * The body is wanted as the index cache stores it (see bodyLine) rather than as paragraphs: the
   * worker thread, at background priority, does the serialising, not the main thread, which answers
   * the interface, and one byte array crosses between threads instead of hundreds of strings.
   */
  bodyAsLine?: boolean;
}

export type { FileStamp } from './read-article-file.js';

export type ExtractResult =
  | { file: string; stamp: FileStamp; hash: string; kind: 'unchanged' }
  | { file: string; stamp: FileStamp; hash: string; kind: 'article'; article: IndexedArticle; signature: Uint32Array | null }
  /** An article whose body came as its line for the cache's bodies file (ExtractTask.bodyAsLine). */
  | { file: string; stamp: FileStamp; hash: string; kind: 'article-line'; article: ArticleMeta; bodyLine: Uint8Array; signature: Uint32Array | null }
  | { file: string; stamp: FileStamp | null; hash: string | null; kind: 'problem'; message: string };

/**
 * The text's content hash (sha1 of its UTF-8; one-shot, see article-id.ts). `utf8`: the same text
 * as UTF-8 bytes, when the caller has them (the file read): hashed as they are, not encoded again.
 */
export const hashText = (text: string, utf8?: Uint8Array): string => digest('sha1', utf8 ?? text, 'hex');

/** The blocking reads' buffer: a task is done with a file's bytes before the next task reads. */
const readBuffer = new ReadBuffer();

/**
 * `io`: 'blocking' in a worker thread, which has nothing else to do while it waits and saves the
 * thread pool's round trips (see readStampedFileBlocking); 'async' on the main thread.
 */
export async function runExtractTask(task: ExtractTask, io: 'async' | 'blocking' = 'async', batch?: BatchBuffers): Promise<ExtractResult> {
  const { file } = task;
  const absolute = path.join(task.root, ...file.split('/'));
  let stamp: FileStamp | null = task.stamp ?? null;
  let read: ReadResult;
  if (io === 'blocking') {
    // The stamp comes from the stat of the open file, as it is read.
    const stamped = readStampedFileBlocking(absolute, readBuffer);
    read = stamped.read;
    stamp ??= stamped.stamp;
  } else {
    if (!stamp) {
      try {
        const info = await stat(absolute);
        stamp = { size: info.size, mtimeMs: info.mtimeMs };
      } catch {
        // The read below turns the same failure into a sentence.
      }
    }
    read = await readArticleFile(absolute);
  }
  if (!read.ok) return { file, stamp, hash: null, kind: 'problem', message: read.message };
  const hash = hashText(read.text, read.utf8);
  const known = stamp ?? { size: 0, mtimeMs: 0 };
  if (hash === task.knownHash) return { file, stamp: known, hash, kind: 'unchanged' };
  const outcome = articleFromText(file, read.text, read.utf8 && utf8Lines(read.utf8));
  if (!outcome.ok) return { file, stamp: known, hash, kind: 'problem', message: outcome.problem.message };
  const sig = signatureOfWords(outcome.wordHashes, batch?.signatureRoom());
  if (!task.bodyAsLine) return { file, stamp: known, hash, kind: 'article', article: outcome.article, signature: sig };
  const { article: whole, body: text } = outcome;
  const body = { paragraphs: whole.paragraphs, comments: whole.comments };
  const article = metaOf(whole);
  if (!batch) return { file, stamp: known, hash, kind: 'article-line', article, bodyLine: bodyLine(body, text), signature: sig };
  // The line is placed once the batch's bodies are encoded together (BatchBuffers.finish).
  const result: Extract<ExtractResult, { kind: 'article-line' }> = { file, stamp: known, hash, kind: 'article-line', article, bodyLine: NO_LINE, signature: sig };
  batch.addBody(body, (line) => (result.bodyLine = line), text);
  return result;
}

/**
 * The article without its body and comments, field by field: taking them out with a rest pattern
 * (`{ paragraphs, comments, ...meta }`) copied the object the slow way, about 1 % of a worker's time.
 */
const metaOf = (a: IndexedArticle): ArticleMeta => ({
  title: a.title,
  site: a.site,
  source: a.source,
  published: a.published,
  publishedPartial: a.publishedPartial,
  dateline: a.dateline,
  byline: a.byline,
  tags: a.tags,
  language: a.language,
  id: a.id,
  file: a.file,
  words: a.words,
  readingMinutes: a.readingMinutes,
  format: a.format,
  duplicateOf: a.duplicateOf,
  fingerprint: a.fingerprint,
});

const NO_LINE = new Uint8Array(0);

/**
 * A batch of tasks, one after another, their bodies and signatures in buffers made for the batch
 * (see BatchBuffers): `buffers` are the results' own, to be moved rather than copied.
 */
export async function runExtractBatch(tasks: readonly ExtractTask[], io: 'async' | 'blocking'): Promise<{ results: ExtractResult[]; buffers: ArrayBuffer[] }> {
  const batch = new BatchBuffers(tasks.length);
  const results: ExtractResult[] = [];
  for (const task of tasks) results.push(await runExtractTask(task, io, batch));
  batch.finish();
  return { results, buffers: batch.buffers };
}
