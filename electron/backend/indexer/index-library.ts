// Runs in Node. Indexes a library folder: finds the article files, reads and extracts each one,
// gives it a stable id and a body fingerprint, and links syndicated copies to their original.
// Per-file problems become entries in `errors`; only an unusable library folder throws.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { bodyText, readingMinutesFor, type IndexedArticle, type LibraryIndex } from './article.js';
import type { IndexProblem } from '../../common/contract.js';
import { articleIdFor, fingerprintOf } from './article-id.js';
import { findSignedDuplicates, signatureOfWords } from './duplicates.js';
import { ARTICLE_FILE, extractFile } from './extract-file.js';
import { readArticleFile } from './read-article-file.js';
import { wordHashes } from './shingles.js';
import { cjkCharacterCount, countWords, isPlain } from './text-utils.js';

/** Files read at once: enough to hide disk latency, few enough not to exhaust file handles. */
const CONCURRENCY = 8;
export const NO_TEXT_MESSAGE = 'No article text was found in this file.';

export function folderError(folder: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new Error(`The folder "${folder}" does not exist.`);
  if (code === 'ENOTDIR') return new Error(`"${folder}" is not a folder.`);
  if (code === 'EACCES' || code === 'EPERM') return new Error(`Lectern does not have permission to read the folder "${folder}".`);
  return new Error(`The folder "${folder}" could not be read${code ? ` (${code})` : ''}.`);
}

/** Article files under `root`, as "/"-separated relative paths; unreadable subfolders are reported. */
/** Hidden files and folders (.DS_Store, editor swap files, .git) and dependency folders are never
 * articles: the listing and the folder watcher both pass them by. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export async function listFiles(root: string, problems: IndexProblem[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string[]): Promise<void> => {
    const dir = path.join(root, ...relative);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (relative.length === 0) throw folderError(root, error);
      problems.push({ file: relative.join('/'), message: 'This folder could not be read.' });
      return;
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const parts = [...relative, entry.name];
      if (entry.isDirectory()) await walk(parts);
      else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_FILE.test(entry.name)) found.push(parts.join('/'));
      // Symlinked folders are not followed: they can loop or leave the library.
    }
  };
  await walk([]);
  // Code-unit order: the same on every machine and locale, so ids and listings are reproducible.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export type FileOutcome =
  /**
   * `wordHashes`: of the body's words, read for the word count; its duplicate signature needs them too.
   * `body`: the body's text, bodyText(article.paragraphs).
   */
  | { ok: true; article: IndexedArticle; wordHashes: Uint32Array; body: string }
  | { ok: false; problem: IndexProblem };

async function indexFile(root: string, file: string): Promise<FileOutcome> {
  const read = await readArticleFile(path.join(root, ...file.split('/')));
  if (!read.ok) return { ok: false, problem: { file, message: read.message } };
  return articleFromText(file, read.text);
}

/**
 * One file's text as an indexed article (duplicateOf is settled later, over the whole library).
 * `lines`: text.split('\n'), when the reader has them in a leaner form (see utf8Lines).
 */
export function articleFromText(file: string, text: string, lines?: readonly string[]): FileOutcome {
  const { article: extracted, format, bodyWordHashes, bodyPlain } = extractFile(file, text, false, lines);
  if (extracted.paragraphs.length === 0) return { ok: false, problem: { file, message: NO_TEXT_MESSAGE } };
  const body = bodyText(extracted.paragraphs);
  const plain = bodyPlain ?? isPlain(body);
  const hashes = bodyWordHashes ?? wordHashes(body);
  // A plain text has the same tokens lowercased or not, so the hashes count its words; another may
  // not (Unicode lowercasing can split one), and is counted as it is.
  const words = plain ? hashes.length : countWords(body);
  // Field by field rather than spread from `extracted`: copying an object by spread, then adding to
  // it, cost a worker about 3 % of its time (a CPU profile of 10,000 captures: 116 ms, now 4 ms).
  const article: IndexedArticle = {
    title: extracted.title,
    site: extracted.site,
    source: extracted.source,
    published: extracted.published,
    publishedPartial: extracted.publishedPartial,
    dateline: extracted.dateline,
    byline: extracted.byline,
    tags: extracted.tags,
    language: extracted.language,
    paragraphs: extracted.paragraphs,
    comments: extracted.comments,
    id: articleIdFor(file),
    file,
    words,
    // A plain body has no Chinese or Japanese character to count.
    readingMinutes: readingMinutesFor(words, plain ? 0 : cjkCharacterCount(body)),
    format,
    duplicateOf: null,
    fingerprint: fingerprintOf(body),
  };
  return { ok: true, wordHashes: hashes, article, body };
}

/** Whether `folder` is a folder now: a stat through the thread pool, so a hung mount blocks nothing. */
export const isFolder = (folder: string): Promise<boolean> =>
  stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );

/**
 * The article files of a library folder (relative paths, sorted), with the subfolders that could not
 * be read; throws a readable error when the folder itself is missing, not a folder or unreadable.
 */
export async function listLibrary(folder: string): Promise<{ files: string[]; problems: IndexProblem[] }> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw folderError(folder, error);
  }
  const problems: IndexProblem[] = [];
  return { files: await listFiles(folder, problems), problems };
}

export async function indexLibrary(folder: string): Promise<LibraryIndex> {
  const { files, problems: errors } = await listLibrary(folder);
  const outcomes = await mapLimited(files, CONCURRENCY, (file) => indexFile(folder, file));

  const articles: IndexedArticle[] = [];
  // Signed from the word hashes extraction has made already, not by tokenising every body again.
  const signatures: Array<Uint32Array | null> = [];
  for (const outcome of outcomes) {
    if (outcome.ok) {
      articles.push(outcome.article);
      signatures.push(signatureOfWords(outcome.wordHashes));
    } else errors.push(outcome.problem);
  }
  const copies = findSignedDuplicates(articles, signatures);
  for (const article of articles) article.duplicateOf = copies.get(article.id) ?? null;
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { folder, articles, errors };
}
