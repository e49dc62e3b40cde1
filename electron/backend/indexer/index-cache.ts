// Runs in Node. The on-disk index cache of one library folder, in the data folder: per file its size,
// mtime, content hash, the extracted metadata, and where its body lies in an append-only bodies file;
// the MinHash signatures beside it, in a binary file of their own (signatures-file.ts). Reopening an
// unchanged library reads this instead of extracting again, and article bodies are read from it on
// demand rather than kept in memory.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedArticle } from './article.js';
import { workerScript } from './worker-pool.js';
import { forEachLine } from './read-lines.js';
import { readSignatures, signaturesMatch, writeSignatures } from './signatures-file.js';
import { bodiesIdIn, bodiesMatch, bodyLine, startBodies } from './bodies-file.js';

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
  /** MinHash of the body (duplicates.ts), to find copies and renamed files; null when none. */
  signature: Uint32Array | null;
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
  /** 2: before bodies files were named; 3: signatures inline. Older ones are still read, for their
   * articles to be recognised (see #earlier), never reused. */
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
const VERSION = 4;

const MANIFEST = 'manifest.jsonl';
const BODIES = 'bodies.jsonl';
const SIGNATURES = 'signatures.bin';
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
        foreign = ![2, 3, VERSION].includes(header.version) || header.folder !== folder;
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
  /** The save under way, if any (see save). */
  #saving: Promise<void> = Promise.resolve();
  /**
   * Settles once every entry read from disk has its signature: they are read after the manifest, in
   * the background. Await it before using an entry's signature (linking copies, matching renames);
   * a save waits for it by itself.
   */
  signaturesRead: Promise<void> = Promise.resolve();

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
    // So too when the signatures are not the ones saved with the manifest: copies would go unlinked.
    const signaturesId = manifest?.header.version === VERSION && manifest.header.stamp === stamp ? manifest.header.signatures : undefined;
    const signaturesFile = path.join(dir, SIGNATURES);
    if (!manifest || !signaturesId || !signaturesMatch(signaturesFile, signaturesId, manifest.files.length) || !bodiesMatch(path.join(dir, BODIES), manifest.header.bodies, manifest.header.bodiesSize)) {
      await rm(path.join(dir, BODIES), { force: true });
      const earlier = (manifest?.files ?? []).flatMap((entry) => (entry.article ? [{ ...entry, signature: null, body: null }] : []));
      return new IndexCache(dir, folder, stamp, [], earlier);
    }
    const cache = new IndexCache(dir, folder, stamp, manifest.files);
    // Only a change to the folder needs them: a reopen that finds none does not wait for them.
    cache.signaturesRead = readSignatures(signaturesFile, signaturesId, manifest.files.length).then(
      (signatures) => manifest.files.forEach((entry, i) => (entry.signature = signatures[i] ?? null)),
      (error: unknown) => console.error('lectern: the index cache\'s signatures could not be read; copies of old articles may go unlinked:', error),
    );
    await cache.#compactIfWasteful();
    return cache;
  }

  /** Appends a body; returns where it lies. */
  appendBody(body: ArticleBody): BodyRef {
    return this.appendBodyLine(bodyLine(body));
  }

  /** Appends a body already made into its line (extract-job.ts's bodyLine); returns where it lies. */
  appendBodyLine(bytes: Uint8Array): BodyRef {
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

  /** Writes the manifest and signatures; saves asked for while one runs follow it, never overlap. */
  save(): Promise<void> {
    const next = this.#saving.then(() => this.#write());
    this.#saving = next.catch(() => undefined);
    return next;
  }

  async #write(): Promise<void> {
    await this.signaturesRead;
    const signatures = randomUUID();
    const header: ManifestHeader = { version: VERSION, stamp: this.stamp, folder: this.folder, bodies: this.#bodiesId, bodiesSize: this.#size, signatures };
    const target = path.join(this.dir, MANIFEST);
    const temporary = `${target}.${process.pid}.${++saveCount}.tmp`;
    const signaturesTemporary = `${path.join(this.dir, SIGNATURES)}.${process.pid}.${saveCount}.tmp`;
    // Both files from one snapshot, in the same order: entry i's signature is record i.
    const entries = [...this.files.values()];
    try {
      writeSignatures(signaturesTemporary, signatures, entries.map((entry) => entry.signature), entries.length);
      const out = await open(temporary, 'w');
      try {
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
      } finally {
        await out.close();
      }
      // Signatures first: a crash between the two leaves a manifest that names other signatures,
      // which is rebuilt, never one read against the wrong ones.
      await rename(signaturesTemporary, path.join(this.dir, SIGNATURES));
      await rename(temporary, target);
    } catch (error) {
      await Promise.all([rm(temporary, { force: true }), rm(signaturesTemporary, { force: true })]);
      throw error;
    }
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

/** A manifest line: the entry without its signature (kept in the signatures file). */
const manifestLine = ({ file, size, mtimeMs, hash, article, problem, body }: CachedFile): Omit<CachedFile, 'signature'> => ({ file, size, mtimeMs, hash, article, problem, body });

/** Every cache folder under `root` (for tests and clean-up). */
export async function cacheFolders(root: string): Promise<string[]> {
  return (await readdir(root).catch(() => [])).map((name) => path.join(root, name));
}
