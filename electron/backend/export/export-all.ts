// Runs in Node. Writes Markdown exports to disk: one file per annotated article, or a single article.
//
// Rules: writes are atomic (temp + rename), nothing in the folder is ever deleted, file names are
// stable across re-exports (a re-export overwrites its own earlier file, never "Title (2).md"), and
// a file that Lectern did not write for that article is never overwritten.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { LecternError } from '../service/api-error.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { errorCode, writeFileAtomic } from '../store/write-file-atomic.js';
import { markdownFileName } from './file-names.js';
import { type ExportHighlight, fallbackName, noteText, renderArticleMarkdown } from './markdown.js';

export interface ExportItem {
  article: IndexedArticle;
  record: ArticleRecord;
  highlights: ExportHighlight[];
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Worth a file: at least one highlight or a note that is not blank. */
export function isAnnotated(item: ExportItem): boolean {
  return item.highlights.length > 0 || item.record.highlights.length > 0 || noteText(item.record) !== null;
}

/** Windows and macOS treat "A.md" and "a.md" (and NFC/NFD spellings) as one file. */
const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * The names to try for an article, most readable first. The suffixes come from a hash of the article
 * id, so the same article always gets the same name, whatever else is in the export.
 */
function candidateNames(article: IndexedArticle): string[] {
  const hash = createHash('sha256').update(article.id).digest('hex');
  const fallback = fallbackName(article);
  return [
    markdownFileName(article.title, fallback),
    markdownFileName(article.title, fallback, hash.slice(0, 8)),
    markdownFileName(article.title, fallback, hash.slice(0, 20)),
  ];
}

/** True when `file` is free, or is an earlier export of this same article (its front matter says so). */
async function isFreeFor(file: string, article: IndexedArticle): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // A folder or an unreadable file of that name is someone else's: leave it alone.
    return errorCode(error) === 'ENOENT';
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return false;
  try {
    const fields: unknown = parse(match[1] ?? '');
    return typeof fields === 'object' && fields !== null && 'file' in fields && fields.file === article.file;
  } catch {
    return false;
  }
}

async function chooseName(folder: string, article: IndexedArticle, taken: Set<string>): Promise<string> {
  for (const name of candidateNames(article)) {
    if (taken.has(nameKey(name))) continue;
    if (!(await isFreeFor(path.join(folder, name), article))) continue;
    taken.add(nameKey(name));
    return name;
  }
  throw new LecternError('io-error', `Could not find a free file name in ${folder} for "${article.file}".`);
}

/**
 * Write one Markdown file per annotated article into `folder` (created if missing). Returns the
 * absolute paths written, in the order of `items`.
 */
export async function exportAllNotes(folder: string, items: ExportItem[], exportedAt: Date): Promise<string[]> {
  const root = path.resolve(folder);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new LecternError('io-error', `Could not create the export folder ${root}: ${reason(error)}`);
  }
  const annotated = items.filter(isAnnotated);
  // Names are handed out in id order, so which article of two same-titled ones gets the plain
  // name does not depend on the order of the library listing.
  const byId = [...annotated].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const taken = new Set<string>();
  const names = new Map<ExportItem, string>();
  for (const item of byId) names.set(item, await chooseName(root, item.article, taken));

  const written: string[] = [];
  for (const item of annotated) {
    const file = path.join(root, names.get(item) ?? '');
    const { markdown } = renderArticleMarkdown(item.article, item.record, item.highlights, exportedAt);
    await writeOrFail(file, markdown);
    written.push(file);
  }
  return written;
}

/** Write one article's Markdown to an absolute path the person chose. The folder must exist. */
export async function writeMarkdownFile(file: string, markdown: string): Promise<void> {
  if (!path.isAbsolute(file)) {
    throw new LecternError('invalid-argument', `The export path must be absolute, not "${file}".`);
  }
  const parent = path.dirname(file);
  try {
    if (!(await stat(parent)).isDirectory()) {
      throw new LecternError('invalid-argument', `Cannot export to ${file}: ${parent} is not a folder.`);
    }
  } catch (error) {
    if (error instanceof LecternError) throw error;
    if (errorCode(error) === 'ENOENT') {
      throw new LecternError('not-found', `Cannot export to ${file}: the folder ${parent} does not exist.`);
    }
    throw new LecternError('io-error', `Cannot export to ${file}: ${reason(error)}`);
  }
  await writeOrFail(file, markdown);
}

async function writeOrFail(file: string, markdown: string): Promise<void> {
  try {
    await writeFileAtomic(file, markdown);
  } catch (error) {
    throw new LecternError('io-error', `Could not write ${file}: ${reason(error)}`);
  }
}
