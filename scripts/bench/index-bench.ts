// Runs in Node (benchmark). Indexing as the app does it: a library session over a worker pool and
// an index cache, cold (empty cache) and warm (reopened unchanged), then search through the search
// worker as the renderer's keystrokes reach it.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IndexedArticle } from '../../electron/backend/indexer/article.js';
import { IndexCache } from '../../electron/backend/indexer/index-cache.js';
import { WorkerPool, workerScript } from '../../electron/backend/indexer/worker-pool.js';
import { LibrarySearch } from '../../electron/backend/search/library-search.js';
import { LibrarySession, type ExtractPool } from '../../electron/backend/service/library-session.js';
import { searchOpenedLibrary } from '../../electron/backend/service/search-docs.js';
import { percentile } from './measure.js';
import { Random } from './random.js';

export interface IndexRun {
  session: LibrarySession;
  ms: number;
  /** When the session was open and listing articles (a reopened large library: those its cache
   * knew, while the folder is checked; otherwise the checked folder's). */
  listedMs: number;
  /** When the first extracted articles reached the listener (null when all came from the cache). */
  firstMs: number | null;
  pool: ExtractPool;
}

export async function indexOnce(folder: string, cacheRoot: string, pool?: ExtractPool): Promise<IndexRun> {
  const workers: ExtractPool = pool ?? new WorkerPool(workerScript('extract-worker'));
  const start = performance.now();
  let firstMs: number | null = null;
  const session = await LibrarySession.open(folder, false, cacheRoot, workers, {
    annotated: () => false,
    changed: (change) => {
      if (firstMs === null && change.upserted.length > 0) firstMs = performance.now() - start;
    },
    progress: () => undefined,
  });
  const listedMs = performance.now() - start;
  await session.ready;
  return { session, ms: performance.now() - start, listedMs, firstMs, pool: workers };
}

export const tempCacheRoot = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'lectern-bench-cache-'));

export async function searchLatencies(session: LibrarySession, cacheRoot: string): Promise<{ build: number; firstAnswer: number; p50: number; p99: number; queries: number; search: LibrarySearch }> {
  // Saved only when reopenedSearch asks, to time it (the app saves 2 s after the index was last changed).
  const search = new LibrarySearch(() => undefined, undefined, Infinity);
  const start = performance.now();
  // As the app opens a library (its saved search index removed first: this is the build from the bodies).
  await rm(IndexCache.searchIndexFileFor(cacheRoot, session.folder), { force: true });
  search.reset(IndexCache.bodiesFileFor(cacheRoot, session.folder));
  searchOpenedLibrary(search, session, IndexCache.searchIndexFileFor(cacheRoot, session.folder));
  const metas = session.articles();
  // As a person typing at once after opening the library: answered from what is indexed so far.
  await search.search('missile defence');
  const firstAnswer = performance.now() - start;
  await search.idle();
  const build = performance.now() - start;
  const random = new Random(7);
  const words = metas.slice(0, 200).flatMap((a) => (a.title ?? '').split(/\s+/)).filter((w) => w.length > 3);
  const samples: number[] = [];
  // Each query typed letter by letter from 3 letters on, as a person types into the search box.
  for (let q = 0; q < 60; q++) {
    const query = `${random.pick(words)} ${random.pick(words)}`.toLowerCase();
    for (let length = 3; length <= query.length; length++) {
      const t = performance.now();
      await search.search(query.slice(0, length));
      samples.push(performance.now() - t);
    }
  }
  return { build, firstAnswer, p50: percentile(samples, 50), p99: percentile(samples, 99), queries: samples.length, search };
}

/**
 * The search index saved (as the app saves it once it is idle) and the library opened again: how
 * long the save takes and how large it is, when a search first answers and when the whole library
 * is searchable, and whether the queries answer as from the index built from the bodies.
 */
export async function reopenedSearch(session: LibrarySession, cacheRoot: string, built: LibrarySearch): Promise<{ saveMs: number; bytes: number; firstAnswer: number; ready: number; same: boolean }> {
  const file = IndexCache.searchIndexFileFor(cacheRoot, session.folder);
  const saveStart = performance.now();
  await built.save();
  const saveMs = performance.now() - saveStart;
  const bytes = (await stat(file)).size;
  const search = new LibrarySearch(() => undefined);
  try {
    const start = performance.now();
    search.reset(IndexCache.bodiesFileFor(cacheRoot, session.folder));
    searchOpenedLibrary(search, session, file);
    await search.search('missile defence');
    const firstAnswer = performance.now() - start;
    await search.idle();
    const ready = performance.now() - start;
    const queries = ['missile defence', 'nato russia', 'shield europe', 'rasmussen', 'lisbon summit'];
    const answers = async (s: LibrarySearch) => JSON.stringify(await Promise.all(queries.map((q) => s.search(q))));
    return { saveMs, bytes, firstAnswer, ready, same: (await answers(search)) === (await answers(built)) };
  } finally {
    await search.close();
  }
}

export function largestArticle(session: LibrarySession): IndexedArticle {
  const largest = session.articles().reduce((a, b) => (b.words > a.words ? b : a));
  return session.article(largest.id);
}

export interface RefreshFigure {
  /** From the watcher's report to the change extracted, linked and saved. */
  ms: number;
  /** The longest the event loop was held meanwhile (the backend answers the interface on it). */
  blockedMs: number;
}

/**
 * One file added to the open library, then edited, then deleted, each handed to the session as the
 * folder watcher hands it: what a library of this size costs per change. The file is a seed
 * capture; whether or not it is a copy of something, an addition or an edit links copies over the
 * whole library again.
 */
export async function refreshOneFile(session: LibrarySession, folder: string, seedPath: string): Promise<{ added: RefreshFigure; edited: RefreshFigure; deleted: RefreshFigure }> {
  const name = 'zz-lectern-bench-change.txt';
  const file = path.join(folder, name);
  const timedRefresh = async (): Promise<RefreshFigure> => {
    let last = performance.now();
    let blockedMs = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      blockedMs = Math.max(blockedMs, now - last);
      last = now;
    }, 1);
    const start = performance.now();
    await session.refresh([name]);
    const ms = performance.now() - start;
    clearInterval(probe);
    return { ms, blockedMs: Math.max(blockedMs, performance.now() - last) };
  };
  const text = await readFile(seedPath, 'utf8');
  try {
    await writeFile(file, text);
    const added = await timedRefresh();
    await writeFile(file, `${text}\nA line the bench added to the end of this capture.\n`);
    const edited = await timedRefresh();
    await rm(file);
    const deleted = await timedRefresh();
    return { added, edited, deleted };
  } finally {
    await rm(file, { force: true });
  }
}
