// Runs in Node. Writes Markdown exports to disk: one file per article plus index.md, or one combined file.
//
// Rules: writes are atomic (temp + rename); nothing in the folder is ever deleted; file names are
// stable across re-exports (a re-export updates its own earlier file, never "Title (2).md"); a file
// Lectern did not write for that article is never touched; and a re-export rewrites only its own
// generated region, keeping what the person wrote around it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../service/api-error.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord, ExportPreferences } from '../store/data-schema.js';
import { errorCode, writeFileAtomic } from '../store/write-file-atomic.js';
import { markdownFileName } from './file-names.js';
import { type FrontMatterFields, newDocument, readFrontMatter, updateDocument } from './generated-region.js';
import { escapeMarkdownInline } from './markdown-escape.js';
import { type ExportHighlight, articleBody, fallbackName, frontMatterOf, noteText } from './markdown.js';
import { checkTemplate } from './template.js';

export interface ExportItem {
  article: IndexedArticle;
  record: ArticleRecord | undefined;
  highlights: ExportHighlight[];
}

export type ExportSettings = Pick<ExportPreferences, 'includeUnannotated' | 'layout' | 'template'>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { includeUnannotated: false, layout: 'per-article', template: null };
export const INDEX_FILE = 'index.md';
export const COMBINED_FILE = 'Lectern notes.md';

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Worth a file: at least one highlight or a note that is not blank. */
export function isAnnotated(item: ExportItem): boolean {
  return item.highlights.length > 0 || (item.record?.highlights.length ?? 0) > 0 || noteText(item.record) !== null;
}

/** Windows and macOS treat "A.md" and "a.md" (and NFC/NFD spellings) as one file. */
const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/** The names to try, most readable first; suffixes from a hash of `key`, so they are stable. */
function candidateNames(title: string | null, fallback: string, key: string): string[] {
  const hash = createHash('sha256').update(key).digest('hex');
  return [markdownFileName(title, fallback), markdownFileName(title, fallback, hash.slice(0, 8)), markdownFileName(title, fallback, hash.slice(0, 20))];
}

/** The file's text; null when there is no such file; undefined when something else is there. */
async function existingText(file: string): Promise<string | null | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    // A folder or an unreadable file of that name is someone else's: leave it alone.
    return errorCode(error) === 'ENOENT' ? null : undefined;
  }
}

/** True when `file` is free, or is an earlier export whose front matter has `key: value`. */
async function isFreeFor(file: string, key: string, value: string): Promise<boolean> {
  const text = await existingText(file);
  if (text === null) return true;
  if (text === undefined) return false;
  return readFrontMatter(text)?.[key] === value;
}

async function chooseName(folder: string, candidates: string[], owner: [string, string], taken: Set<string>): Promise<string> {
  for (const name of candidates) {
    if (taken.has(nameKey(name))) continue;
    if (!(await isFreeFor(path.join(folder, name), owner[0], owner[1]))) continue;
    taken.add(nameKey(name));
    return name;
  }
  throw new LecternError('io-error', `Could not find a free file name in ${folder} for "${owner[1]}".`);
}

/** Writes `body` as the generated region of `file`, keeping what the person wrote around it. */
async function writeRegion(file: string, fields: FrontMatterFields, body: string): Promise<void> {
  const existing = await existingText(file);
  await writeOrFail(file, existing ? updateDocument(existing, fields, body) : newDocument(fields, body));
}

async function ensureFolder(folder: string): Promise<string> {
  const root = path.resolve(folder);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new LecternError('io-error', `Could not create the export folder ${root}: ${reason(error)}`);
  }
  return root;
}

const byId = (a: ExportItem, b: ExportItem): number => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);

/** Percent-encoded, so names with spaces or brackets stay one link in every Markdown reader. */
const linkTarget = (name: string): string => encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Export `items` into `folder` (created if missing) as the settings say. Returns the absolute paths
 * written: the article files in the order of `items`, then index.md (or the one combined file).
 */
export async function exportAllNotes(folder: string, items: ExportItem[], exportedAt: Date, settings: ExportSettings = DEFAULT_EXPORT_SETTINGS): Promise<string[]> {
  if (settings.template) checkTemplate(settings.template);
  const root = await ensureFolder(folder);
  const chosen = settings.includeUnannotated ? items : items.filter(isAnnotated);
  if (chosen.length === 0) return [];
  if (settings.layout === 'combined') return [await writeCombined(root, chosen, exportedAt, settings)];

  // The index's name is claimed first, so an article titled "index" never takes it.
  const taken = new Set<string>();
  const indexName = await chooseName(root, [INDEX_FILE, 'Lectern index.md', 'Lectern index (2).md'], ['lectern', 'index'], taken);
  // Names are handed out in id order, so which of two same-titled articles gets the plain name does
  // not depend on the order of the library listing.
  const names = new Map<ExportItem, string>();
  for (const item of [...chosen].sort(byId)) {
    const candidates = candidateNames(item.article.title, fallbackName(item.article), item.article.id);
    names.set(item, await chooseName(root, candidates, ['file', item.article.file], taken));
  }
  const written: string[] = [];
  for (const item of chosen) {
    const file = path.join(root, names.get(item) ?? '');
    const fields = frontMatterOf(item.article, item.highlights, exportedAt) as unknown as FrontMatterFields;
    await writeRegion(file, fields, articleBody(item.article, item.record, item.highlights, exportedAt, { template: settings.template }));
    written.push(file);
  }
  const lines = chosen.map((item) => {
    const count = item.highlights.length;
    const title = escapeMarkdownInline(item.article.title ?? fallbackName(item.article));
    return `- [${title}](${linkTarget(names.get(item) ?? '')}) — ${count} highlight${count === 1 ? '' : 's'}${noteText(item.record) ? ', a note' : ''}`;
  });
  const indexFile = path.join(root, indexName);
  await writeRegion(indexFile, { lectern: 'index', articles: chosen.length, exported: exportedAt.toISOString() }, `# Lectern notes\n\n${lines.join('\n')}`);
  written.push(indexFile);
  return written;
}

async function writeCombined(root: string, items: ExportItem[], exportedAt: Date, settings: ExportSettings): Promise<string> {
  const taken = new Set<string>();
  const name = await chooseName(root, [COMBINED_FILE, 'Lectern notes (combined).md', 'Lectern notes (combined 2).md'], ['lectern', 'combined'], taken);
  const sections = items.map((item) => articleBody(item.article, item.record, item.highlights, exportedAt, { headingLevel: 2, template: settings.template }));
  const file = path.join(root, name);
  const highlights = items.reduce((sum, item) => sum + item.highlights.length, 0);
  await writeRegion(file, { lectern: 'combined', articles: items.length, highlights, exported: exportedAt.toISOString() }, `# Lectern notes\n\n${sections.join('\n\n')}`);
  return file;
}

/** Write one article's Markdown to an absolute path the person chose. The folder must exist. */
export async function writeMarkdownFile(file: string, fields: FrontMatterFields, body: string): Promise<void> {
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
  // The person chose this file (and confirmed replacing it): an earlier export keeps their edits.
  await writeRegion(file, fields, body);
}

async function writeOrFail(file: string, markdown: string): Promise<void> {
  try {
    await writeFileAtomic(file, markdown);
  } catch (error) {
    throw new LecternError('io-error', `Could not write ${file}: ${reason(error)}`);
  }
}
