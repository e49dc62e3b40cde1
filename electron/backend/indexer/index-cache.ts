// Runs in Node. The on-disk index cache of one library folder, in the data folder: per file its size,
// mtime, content hash, the extracted metadata, and where its body lies in an append-only bodies file;
// the MinHash signatures beside it, in a binary file of their own (signatures-file.ts). Reopening an
// unchanged library reads this instead of extracting again, and article bodies are read from it on
// demand rather than kept in memory.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { extractorStamp } from './extractor-stamp.js';
import { appendJournal, readJournal, type JournalBase, type JournalChange } from './manifest-journal.js';
import { MANIFEST_VERSION, readManifest, writeManifest, type ManifestHeader } from './manifest-file.js';
import { removeStaleTemporaries } from './stale-temporaries.js';
import { TrackedMap } from './tracked-map.js';
import { readSignatures, signaturesMatch, writeSignatures } from './signatures-file.js';
import { bodiesIdIn, bodiesMatch, bodyLine, bodyTextOfLine, parseBodyLine, startBodies, writeBodyLines } from './bodies-file.js';
import type { ArticleBody, BodyRef, CachedFile } from './cached-file.js';

// The entries' types live in cached-file.ts; most of the backend imports them from here, with the cache.
export type { ArticleBody, ArticleMeta, BodyRef, CachedFile } from './cached-file.js';
export { reusableHash } from './cached-file.js';

const MANIFEST = 'manifest.jsonl';
const JOURNAL = 'manifest.journal.jsonl';
const BODIES = 'bodies.jsonl';
const SIGNATURES = 'signatures.bin';
/**
 * The journal is folded into a new manifest once it holds more lines than this share of the files
 * (or than JOURNAL_MIN_LINES): a reopen reads it whole after the manifest, and each of its lines
 * is twice a manifest line (the signature is inline).
 */
const JOURNAL_SHARE = 1 / 16;
const JOURNAL_MIN_LINES = 500;

let saveCount = 0;

export class IndexCache {
  /** Every cached file by path. A save writes the paths set or deleted since the last one to the
   * journal, so an entry changed in place must be set again (see LibraryArticles.linkDuplicates). */
  readonly files = new TrackedMap<string, CachedFile>();
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
  /** The manifest as last written whole, which the journal extends (null: none to extend yet). */
  #base: JournalBase | null = null;
  #journalLines = 0;
  /** The save under way, if any (see save). */
  #saving: Promise<void> = Promise.resolve();
  /** Reads the signatures file into the entries; null when there is none to read. */
  #readSignatures: (() => Promise<void>) | null = null;
  #signaturesRead: Promise<void> | null = null;

  /**
   * Settles once every entry read from disk has its signature. They are read when this is first
   * asked for (a library session asks once it has listed the cache), not with the manifest: at
   * 100,000 articles the read held the main thread for a quarter of a second, which delayed the list
   * of a reopened library. Await it before using an entry's signature (linking copies, matching
   * renames); a save waits for it by itself.
   */
  get signaturesRead(): Promise<void> {
    this.#signaturesRead ??= this.#readSignatures?.() ?? Promise.resolve();
    return this.#signaturesRead;
  }

  private constructor(
    readonly dir: string,
    readonly folder: string,
    readonly stamp: string,
    files: CachedFile[],
    earlier: CachedFile[] = [],
  ) {
    this.#earlier = earlier;
    for (const entry of files) this.files.setUnchanged(entry.file, entry);
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

  /** Where the search worker keeps `folder`'s search index (search/index-snapshot.ts). */
  static searchIndexFileFor(root: string, folder: string): string {
    return path.join(IndexCache.dirFor(root, folder), 'search-index.bin');
  }

  /** Whether `folder` has a saved cache under `root` (opened, it may still turn out to be stale). */
  static saved(root: string, folder: string): boolean {
    return existsSync(path.join(IndexCache.dirFor(root, folder), MANIFEST));
  }

  /** The cache of `folder` under `root` (created empty, or emptied when extraction changed). */
  static dirFor(root: string, folder: string): string {
    return path.join(root, createHash('sha256').update(folder).digest('hex').slice(0, 16));
  }

  static async open(root: string, folder: string, stamp = extractorStamp()): Promise<IndexCache> {
    const dir = IndexCache.dirFor(root, folder);
    await mkdir(dir, { recursive: true });
    await removeStaleTemporaries(dir);
    // Lectern 0.1's single-document manifest is not read: its cache is simply rebuilt.
    await rm(path.join(dir, 'manifest.json'), { force: true });
    const manifest = await readManifest(path.join(dir, MANIFEST), folder);
    // Another extractor, or bodies that are not the ones the manifest points into (a version with
    // another extractor started them afresh and quit before saving, a compaction was cut short, the
    // file was truncated): everything is extracted again rather than a body shown for the wrong file.
    // So too when the signatures are not the ones saved with the manifest: copies would go unlinked.
    const signaturesId = manifest?.header.version === MANIFEST_VERSION && manifest.header.stamp === stamp ? manifest.header.signatures : undefined;
    const signaturesFile = path.join(dir, SIGNATURES);
    if (!manifest || !signaturesId || !signaturesMatch(signaturesFile, signaturesId, manifest.files.length) || !bodiesMatch(path.join(dir, BODIES), manifest.header.bodies, manifest.header.bodiesSize)) {
      await rm(path.join(dir, BODIES), { force: true });
      const earlier = (manifest?.files ?? []).flatMap((entry) => (entry.article ? [{ ...entry, signature: null, body: null }] : []));
      return new IndexCache(dir, folder, stamp, [], earlier);
    }
    const cache = new IndexCache(dir, folder, stamp, manifest.files);
    await cache.#replayJournal({ signatures: signaturesId, bodies: manifest.header.bodies ?? '' });
    // Only a change to the folder needs them: a reopen that finds none does not wait for them.
    cache.#readSignatures = () =>
      readSignatures(signaturesFile, signaturesId, manifest.files.length).then(
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

  /** Appends bodies already made into lines, in one write (see writeBodyLines); returns where each lies. */
  appendBodyLines(lines: readonly Uint8Array[]): BodyRef[] {
    const refs = writeBodyLines(this.#fd, lines, this.#size);
    const last = refs[refs.length - 1];
    if (last) this.#size = last.offset + last.length;
    return refs;
  }

  readBody(ref: BodyRef): ArticleBody {
    return parseBodyLine(this.#readLine(ref));
  }

  /** The body's text alone (bodyText of its paragraphs), as search indexes it. */
  readBodyText(ref: BodyRef): string {
    return bodyTextOfLine(this.#readLine(ref));
  }

  #readLine(ref: BodyRef): string {
    const bytes = Buffer.alloc(ref.length);
    readSync(this.#fd, bytes, 0, ref.length, ref.offset);
    return bytes.toString('utf8');
  }

  /** Writes the manifest and signatures; saves asked for while one runs follow it, never overlap. */
  save(): Promise<void> {
    const next = this.#saving.then(() => this.#write());
    this.#saving = next.catch(() => undefined);
    return next;
  }

  async #write(): Promise<void> {
    await this.signaturesRead;
    const changed = this.files.takeChanges();
    try {
      const base = this.#base;
      const fits = this.#journalLines + changed.length <= Math.max(JOURNAL_MIN_LINES, this.files.size * JOURNAL_SHARE);
      if (base && base.bodies === this.#bodiesId && fits) await this.#appendToJournal(base, changed);
      else await this.#writeWhole();
    } catch (error) {
      this.files.restoreChanges(changed);
      // A journal line may be cut short: the next save writes everything afresh.
      this.#base = null;
      throw error;
    }
  }

  async #appendToJournal(base: JournalBase, changed: readonly string[]): Promise<void> {
    if (changed.length === 0) return;
    const changes = changed.map((file): JournalChange => {
      const entry = this.files.get(file);
      return entry ? { entry } : { removed: file };
    });
    await appendJournal(path.join(this.dir, JOURNAL), base, changes, this.#journalLines === 0);
    this.#journalLines += changes.length;
  }

  /** Applies the journal over the manifest just read (`base`), keeping it to extend. */
  async #replayJournal(base: JournalBase): Promise<void> {
    const { changes, lines, damaged } = await readJournal(path.join(this.dir, JOURNAL), base);
    for (const change of changes) {
      if ('removed' in change) this.files.delete(change.removed);
      // A body past the end of the bodies file (cut short since): the file is simply read again.
      else if (!change.entry.body || change.entry.body.offset + change.entry.body.length <= this.#size) this.files.set(change.entry.file, change.entry);
      else this.files.delete(change.entry.file);
    }
    this.files.takeChanges(); // as saved: nothing to save
    // Lines appended after a damaged one would never be read: the next save writes everything.
    this.#base = damaged ? null : base;
    this.#journalLines = lines;
  }

  /** Writes the manifest and the signatures whole, from one snapshot; the journal starts afresh. */
  async #writeWhole(): Promise<void> {
    const signatures = randomUUID();
    const bodies = this.#bodiesId;
    const header: ManifestHeader = { version: MANIFEST_VERSION, stamp: this.stamp, folder: this.folder, bodies, bodiesSize: this.#size, signatures };
    const target = path.join(this.dir, MANIFEST);
    const temporary = `${target}.${process.pid}.${++saveCount}.tmp`;
    const signaturesTemporary = `${path.join(this.dir, SIGNATURES)}.${process.pid}.${saveCount}.tmp`;
    // Both files from one snapshot, in the same order: entry i's signature is record i.
    const entries = [...this.files.values()];
    try {
      writeSignatures(signaturesTemporary, signatures, entries.map((entry) => entry.signature), entries.length);
      const out = await open(temporary, 'w');
      try {
        await writeManifest(out, header, entries);
      } finally {
        await out.close();
      }
      // Signatures first: a crash between the two leaves a manifest that names other signatures,
      // which is rebuilt, never one read against the wrong ones. The old journal names the old
      // signatures, so it is never read against the new manifest, even if removing it fails.
      await rename(signaturesTemporary, path.join(this.dir, SIGNATURES));
      await rename(temporary, target);
    } catch (error) {
      await Promise.all([rm(temporary, { force: true }), rm(signaturesTemporary, { force: true })]);
      throw error;
    }
    this.#base = { signatures, bodies };
    this.#journalLines = 0;
    await rm(path.join(this.dir, JOURNAL), { force: true });
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

/** Every cache folder under `root` (for tests and clean-up). */
export async function cacheFolders(root: string): Promise<string[]> {
  return (await readdir(root).catch(() => [])).map((name) => path.join(root, name));
}
