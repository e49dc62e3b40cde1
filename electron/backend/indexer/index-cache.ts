// Runs in Node. The on-disk index cache of one library folder, in the data folder: per file its size,
// mtime, content hash, the extracted metadata and MinHash signature, and where its body lies in an
// append-only bodies file. Reopening an unchanged library reads this instead of extracting again, and
// article bodies are read from it on demand rather than kept in memory.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedArticle } from './article.js';
import { workerScript } from './worker-pool.js';
import { forEachLine } from './read-lines.js';

/** What the index keeps of an article in memory: everything but its body and comments. */
export type ArticleMeta = Omit<IndexedArticle, 'paragraphs' | 'comments'>;

export interface BodyRef {
  offset: number;
  length: number;
}

export interface ArticleBody {
  paragraphs: string[];
  comments: string[];
}

export interface CachedFile {
  file: string;
  size: number;
  mtimeMs: number;
  /** sha1 of the file's text. Kept when the file went missing, to recognise it under another name. */
  hash: string | null;
  /** Null when the file is a problem (then `problem` says why). */
  article: ArticleMeta | null;
  problem: string | null;
  signature: string | null;
  body: BodyRef | null;
}

/**
 * The content hash a re-read of this file can be compared with (equal: nothing to extract). None for
 * a missing article's entry: its file coming back must be extracted again, whatever it holds.
 */
export const reusableHash = (cached: CachedFile | undefined): string | null => (cached && (cached.body || cached.problem) ? cached.hash : null);

/** The first line of the manifest; each further line is one CachedFile. Line by line, because one
 * JSON document for 100,000 files is a 125 MB string to build or parse at once (~700 MB at the
 * peak of saving it). */
interface ManifestHeader {
  /** 2: before bodies files were named; still read, for its articles to be recognised (see #earlier). */
  version: 2 | 3;
  stamp: string;
  folder: string;
  /** The bodies file the entries point into (its first line names it) and how long it was then:
   * a manifest is never read against another bodies file, nor one cut short. */
  bodies?: string;
  bodiesSize?: number;
}

const MANIFEST = 'manifest.jsonl';
const BODIES = 'bodies.jsonl';
/** Lines written per call while saving. */
const LINES_PER_WRITE = 250;
const NEWLINE = Buffer.from('\n');

/** A manifest's entries and the extractor that wrote them, or null (absent, damaged, another folder). */
async function readManifest(file: string, folder: string): Promise<{ header: ManifestHeader; files: CachedFile[] } | null> {
  const files: CachedFile[] = [];
  let header: ManifestHeader | null = null;
  let foreign = false;
  try {
    await forEachLine(file, (line) => {
      if (!header) {
        header = JSON.parse(line) as ManifestHeader;
        foreign = (header.version !== 2 && header.version !== 3) || header.folder !== folder;
        return !foreign;
      }
      if (line !== '') files.push(JSON.parse(line) as CachedFile);
      return true;
    });
  } catch {
    return null; // absent or damaged: start afresh, it is only a cache
  }
  const read = header as ManifestHeader | null;
  return read && !foreign ? { header: read, files } : null;
}

let stampMemo: string | null = null;
let saveCount = 0;

/**
 * Identifies the extraction code: the built worker bundle, or every indexer source file in
 * development. Extraction that changes invalidates the cache instead of serving stale results.
 */
export function extractorStamp(): string {
  if (stampMemo) return stampMemo;
  const script = workerScript('extract-worker');
  const hash = createHash('sha1');
  if (script.pathname.endsWith('.js')) hash.update(readFileSync(fileURLToPath(script)));
  else {
    const dir = path.dirname(fileURLToPath(script));
    for (const rel of ['', 'formats'].flatMap((sub) => listTs(path.join(dir, sub)).map((f) => path.join(sub, f))).sort()) {
      hash.update(rel).update(readFileSync(path.join(dir, rel)));
    }
  }
  stampMemo = hash.digest('hex').slice(0, 16);
  return stampMemo;
}

function listTs(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  } catch {
    return [];
  }
}

export class IndexCache {
  readonly files = new Map<string, CachedFile>();
  /**
   * The articles an earlier extractor had indexed, when the cache was rebuilt for a new one: not
   * reused, but still recognised if their file went away or moved while the app was closed. Their
   * signatures are dropped (an earlier extractor may have signed differently).
   */
  #earlier: CachedFile[];
  #fd: number;
  #size: number;
  /** Names this bodies file (its first line): a new one each time the file is started afresh. */
  #bodiesId: string;

  private constructor(
    readonly dir: string,
    readonly folder: string,
    readonly stamp: string,
    files: CachedFile[],
    earlier: CachedFile[] = [],
  ) {
    this.#earlier = earlier;
    for (const entry of files) this.files.set(entry.file, entry);
    this.#fd = openSync(this.bodiesFile, 'a+');
    const size = fstatSync(this.#fd).size;
    const bodies = size > 0 ? { id: bodiesIdIn(this.#fd), length: size } : startBodies(this.#fd);
    this.#bodiesId = bodies.id;
    this.#size = bodies.length;
  }

  /** The earlier extractor's articles, once: the plan needs them, and 100,000 of them are not kept. */
  takeEarlier(): CachedFile[] {
    const earlier = this.#earlier;
    this.#earlier = [];
    return earlier;
  }

  get bodiesFile(): string {
    return path.join(this.dir, BODIES);
  }

  /** Where the bodies of `folder`'s cache under `root` lie (the search worker reads them there). */
  static bodiesFileFor(root: string, folder: string): string {
    return path.join(IndexCache.dirFor(root, folder), BODIES);
  }

  /** The cache of `folder` under `root` (created empty, or emptied when extraction changed). */
  static dirFor(root: string, folder: string): string {
    return path.join(root, createHash('sha256').update(folder).digest('hex').slice(0, 16));
  }

  static async open(root: string, folder: string, stamp = extractorStamp()): Promise<IndexCache> {
    const dir = IndexCache.dirFor(root, folder);
    await mkdir(dir, { recursive: true });
    // Lectern 0.1's single-document manifest is not read: its cache is simply rebuilt.
    await rm(path.join(dir, 'manifest.json'), { force: true });
    const manifest = await readManifest(path.join(dir, MANIFEST), folder);
    // Another extractor, or bodies that are not the ones the manifest points into (a version with
    // another extractor started them afresh and quit before saving, a compaction was cut short, the
    // file was truncated): everything is extracted again rather than a body shown for the wrong file.
    if (manifest?.header.stamp !== stamp || !bodiesMatch(path.join(dir, BODIES), manifest.header)) {
      await rm(path.join(dir, BODIES), { force: true });
      const earlier = (manifest?.files ?? []).flatMap((entry) => (entry.article ? [{ ...entry, signature: null, body: null }] : []));
      return new IndexCache(dir, folder, stamp, [], earlier);
    }
    const cache = new IndexCache(dir, folder, stamp, manifest.files);
    await cache.#compactIfWasteful();
    return cache;
  }

  /** Appends a body; returns where it lies. */
  appendBody(body: ArticleBody): BodyRef {
    const bytes = Buffer.from(`${JSON.stringify(body)}\n`, 'utf8');
    writeSync(this.#fd, bytes, 0, bytes.length, this.#size);
    const ref = { offset: this.#size, length: bytes.length };
    this.#size += bytes.length;
    return ref;
  }

  readBody(ref: BodyRef): ArticleBody {
    const bytes = Buffer.alloc(ref.length);
    readSync(this.#fd, bytes, 0, ref.length, ref.offset);
    return JSON.parse(bytes.toString('utf8')) as ArticleBody;
  }

  async save(): Promise<void> {
    const header: ManifestHeader = { version: 3, stamp: this.stamp, folder: this.folder, bodies: this.#bodiesId, bodiesSize: this.#size };
    const target = path.join(this.dir, MANIFEST);
    // A name per save: two saves overlapping (a refresh during a run's save) never share a file.
    const temporary = `${target}.${process.pid}.${++saveCount}.tmp`;
    const out = await open(temporary, 'w');
    try {
      await out.write(`${JSON.stringify(header)}\n`);
      // Each line goes straight into a buffer of its own and a few hundred are written at once: no
      // joined string, and little alive at any moment, so a save at 100,000 files (~200 MB of JSON)
      // does not swell the heap with copies that outlive a garbage collection or two.
      let chunk: Buffer[] = [];
      for (const entry of this.files.values()) {
        chunk.push(Buffer.from(JSON.stringify(entry), 'utf8'), NEWLINE);
        if (chunk.length >= 2 * LINES_PER_WRITE) {
          await out.writev(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) await out.writev(chunk);
    } finally {
      await out.close();
    }
    await rename(temporary, target);
  }

  close(): void {
    closeSync(this.#fd);
  }

  /** Rewrites the bodies file when more than half of it belongs to files that changed or went. */
  async #compactIfWasteful(): Promise<void> {
    const live = [...this.files.values()].reduce((sum, f) => sum + (f.body?.length ?? 0), 0);
    if (this.#size < 1024 * 1024 || live > this.#size / 2) return;
    const temporary = path.join(this.dir, 'bodies.compact.tmp');
    const out = openSync(temporary, 'w');
    const { id, length } = startBodies(out);
    let offset = length;
    for (const entry of this.files.values()) {
      if (!entry.body) continue;
      const bytes = Buffer.alloc(entry.body.length);
      readSync(this.#fd, bytes, 0, bytes.length, entry.body.offset);
      writeSync(out, bytes, 0, bytes.length, offset);
      entry.body = { offset, length: bytes.length };
      offset += bytes.length;
    }
    closeSync(out);
    closeSync(this.#fd);
    await rename(temporary, this.bodiesFile);
    this.#fd = openSync(this.bodiesFile, 'a+');
    this.#size = offset;
    this.#bodiesId = id;
    await this.save();
  }
}

/** Writes a new bodies file's first line, naming it: gives the name and the line's length. */
function startBodies(fd: number): { id: string; length: number } {
  const id = randomUUID();
  const line = Buffer.from(`${JSON.stringify({ bodies: id })}\n`, 'utf8');
  writeSync(fd, line, 0, line.length, 0);
  return { id, length: line.length };
}

/** The id on a bodies file's first line, or '' (a file from before ids, or damaged: it matches no manifest). */
function bodiesIdIn(fd: number): string {
  const head = Buffer.alloc(128);
  const length = readSync(fd, head, 0, head.length, 0);
  const end = head.subarray(0, length).indexOf(0x0a);
  try {
    const parsed = JSON.parse(head.toString('utf8', 0, end < 0 ? 0 : end)) as { bodies?: unknown };
    return typeof parsed.bodies === 'string' ? parsed.bodies : '';
  } catch {
    return '';
  }
}

/** Whether the bodies file at `file` is the one `header` was saved with, whole. */
function bodiesMatch(file: string, header: ManifestHeader): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    return header.bodies !== undefined && fstatSync(fd).size >= (header.bodiesSize ?? Infinity) && bodiesIdIn(fd) === header.bodies;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Every cache folder under `root` (for tests and clean-up). */
export async function cacheFolders(root: string): Promise<string[]> {
  return (await readdir(root).catch(() => [])).map((name) => path.join(root, name));
}
