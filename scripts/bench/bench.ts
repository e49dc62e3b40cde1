// Runs in Node (benchmark): `npm run bench [-- --full]`. Generates synthetic libraries (1,000 and
// 10,000 captures; 100,000 with --full) and measures, in one run: the raw floor (read + split into
// words), cold indexing (empty cache: by workers started for it, as in a fresh process; as a folder
// chosen in the running app, its workers warmed up while it was chosen; by the first pool's workers again, warm),
// reopening (unchanged, from the cache), search latency per keystroke (through the search worker),
// opening the largest article with 1,000 highlights, peak memory, and — for 10,000, three times —
// the UI's longest main-thread task while indexing and its reopening, in headless Chromium. Runs
// from the sources, with the built workers (`npm run bench` builds first). Speed targets live here,
// never in timed tests.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bodyText, type IndexedArticle } from '../../electron/backend/indexer/article.js';
import { useBuiltWorkers } from '../../electron/backend/indexer/worker-pool.js';
import { BUNDLED_LIBRARY } from '../../electron/backend/paths.js';
import { ExtractionWorkers } from '../../electron/backend/service/extraction-workers.js';
import { articleViewOf } from '../../electron/backend/service/views.js';
import type { ArticleRecord } from '../../electron/backend/store/data-schema.js';
import type { ExtractPool } from '../../electron/backend/service/library-session.js';
import { indexOnce, largestArticle, refreshOneFile, reopenedSearch, searchLatencies, tempCacheRoot } from './index-bench.js';
import { fixed, mb, percentile, timed } from './measure.js';
import { syntheticLibrary } from './synthetic-library.js';
import { measureUi, type UiFigures } from './ui-bench.js';

const run = promisify(execFile);
// The workers as shipped (`npm run bench` builds first), as the UI measurement uses the built app.
useBuiltWorkers(new URL('../../out/electron/', import.meta.url));
const sizes = process.argv.includes('--full') ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const UI_SIZE = 10_000;
/** A capture added to each library to time one change (the seeds' RIA Novosti story). */
const SEED_COPY = fileURLToPath(new URL('../../seeds/000_519e15ac75997d7b.txt', import.meta.url));
const UI_RUNS = 3;
/** Runs of the blocking raw floor, whose median the cold index is judged against. */
const FLOOR_RUNS = 3;

/**
 * The raw floor: every file read and split into words, one after another on one thread, no
 * extraction. Read two ways: with promises, as the bench did first, and with blocking calls, as
 * the indexer's workers now read. The promise-based reads spend most of their time in libuv's
 * thread-pool round trips, so the blocking floor is the raw one and the target is judged on it.
 */
async function rawFloor(folder: string, reads: 'promises' | 'blocking'): Promise<number> {
  let words = 0;
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.txt'))) {
    const full = path.join(folder, file);
    words += (reads === 'blocking' ? readFileSync(full, 'utf8') : await readFile(full, 'utf8')).split(/\s+/).length;
  }
  return words;
}

interface Floors {
  blocking: number;
  promises: number;
}

function openLargestWithHighlights(largest: IndexedArticle): { ms: number; kb: number; placed: number } {
  const text = bodyText(largest.paragraphs);
  const step = Math.max(1, Math.floor(text.length / 1000));
  const highlights = Array.from({ length: 1000 }, (_, i) => {
    const start = Math.min(text.length - 20, i * step);
    return {
      id: `bench-${i}`,
      color: 'yellow' as const,
      createdAt: new Date(0).toISOString(),
      target: {
        fingerprint: largest.fingerprint,
        quote: { type: 'TextQuoteSelector' as const, exact: text.slice(start, start + 20), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 20, start + 52) },
        // Shifted positions make every highlight fall back to a quote search, the slow path.
        position: { type: 'TextPositionSelector' as const, start: start + 3, end: start + 23 },
      },
    };
  });
  const record = { file: largest.file, title: largest.title, note: null, highlights } as unknown as ArticleRecord;
  const t = performance.now();
  const view = articleViewOf(largest, record);
  const payload = JSON.stringify(view);
  return { ms: performance.now() - t, kb: payload.length / 1024, placed: view.highlights.filter((h) => h.start !== null).length };
}

/** Cold indexing, reported; returns the worker pool. The session is not kept: like the app, the
 * bench holds one open library at a time, so peak memory is what a person's machine would see. */
async function coldIndex(folder: string, bytes: number, size: number, cacheRoot: string, floors: Floors): Promise<ExtractPool> {
  const cold = await indexOnce(folder, cacheRoot);
  const coldRate = mb(bytes) / (cold.ms / 1000);
  const articles = cold.session.articles();
  console.log(`cold index (${cold.pool.size} workers started for it, as in a fresh process: \`lectern index\`, or the app started on a folder never indexed): ${fixed(cold.ms / 1000, 2)} s  ${fixed(coldRate)} MB/s  ${fixed(size / (cold.ms / 1000), 0)} articles/s  (${fixed((100 * coldRate) / floors.blocking)}% of the floor with blocking reads, ${fixed((100 * coldRate) / floors.promises)}% with promise-based reads; first articles after ${fixed((cold.firstMs ?? 0) / 1000, 2)} s; ${articles.length} articles, ${cold.session.errors().length} errors, ${articles.filter((a) => a.duplicateOf).length} duplicates)`);
  cold.session.close();
  if (size <= 10_000) {
    const chosen = await coldIndexChosenInApp(folder, bytes, floors);
    if (size === 10_000) {
      const share = (rate: number) => `${fixed((100 * rate) / floors.blocking)}%`;
      console.log(`  target ≤ 15 s and ≥ 25% of the floor (blocking reads), for a folder opened in the app: ${verdict(chosen.ms <= 15_000 && chosen.rate / floors.blocking >= 0.25)} (${share(chosen.rate)}; in a fresh process ${share(coldRate)}, ${coldRate / floors.blocking >= 0.25 ? 'at or above' : 'below'} 25%)`);
    }
    await coldIndexWarmWorkers(folder, bytes, cold.pool, floors);
  }
  return cold.pool;
}

/**
 * The same files into another empty cache, as a folder chosen with Open Folder… is indexed in the
 * running app: new workers (the host's ExtractionWorkers), warmed up on the bundled library while
 * the person chooses (LibraryHost.prepareToIndex), then the folder. The warm-up is waited for: a person takes longer to
 * pick a folder than it takes (printed). Judged against the target: this is how the app indexes a
 * folder it has not seen.
 */
async function coldIndexChosenInApp(folder: string, bytes: number, floors: Floors): Promise<{ ms: number; rate: number }> {
  const workers = new ExtractionWorkers();
  const warmUp = await timed(() => workers.prepare(BUNDLED_LIBRARY, false));
  const cacheRoot = await tempCacheRoot();
  workers.stopWarmUp();
  const chosen = await indexOnce(folder, cacheRoot, workers.pool);
  const rate = mb(bytes) / (chosen.ms / 1000);
  console.log(`cold index of a folder opened in the app (${workers.pool.size} workers, warmed up on the bundled library while it was chosen: ${warmUp.value} pages in ${fixed(warmUp.ms / 1000, 2)} s): ${fixed(chosen.ms / 1000, 2)} s  ${fixed(rate)} MB/s  (${fixed((100 * rate) / floors.blocking)}% of the floor with blocking reads; first articles after ${fixed((chosen.firstMs ?? 0) / 1000, 2)} s; ${chosen.session.articles().length} articles)`);
  await chosen.session.close();
  await workers.close();
  await rm(cacheRoot, { recursive: true, force: true });
  return { ms: chosen.ms, rate };
}

/**
 * The same files into another empty cache, by the same workers: as when a second library is opened
 * in the app's session (the host keeps its pool). Printed beside the cold figure, not judged: it
 * shows how much of a first cold index is the workers' start-up (V8 compiling the extractor as it
 * warms, in each worker, and loading what extraction loads on first use).
 */
async function coldIndexWarmWorkers(folder: string, bytes: number, pool: ExtractPool, floors: Floors): Promise<void> {
  const cacheRoot = await tempCacheRoot();
  const again = await indexOnce(folder, cacheRoot, pool);
  const rate = mb(bytes) / (again.ms / 1000);
  console.log(`  the same, workers already warm (empty cache; a second library in the same session): ${fixed(again.ms / 1000, 2)} s  ${fixed(rate)} MB/s  (${fixed((100 * rate) / floors.blocking)}% of the floor with blocking reads)`);
  again.session.close();
  await rm(cacheRoot, { recursive: true, force: true });
}

/** Measured in a child process, so garbage and sessions of the bench's other steps do not count. */
async function appMemory(folder: string): Promise<{ peakMb: number; articles: number }> {
  const script = path.join(import.meta.dirname, 'app-memory.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, folder], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { peakMb: number; articles: number };
}

/**
 * The UI, measured UI_RUNS times: on two cores one run's longest task moves by a factor of two or
 * more with what else the machine is doing, so a single figure says little. "Never blocks" is
 * judged on the worst run; the reopening time, a typical wait, on the median. Every run is printed.
 */
async function reportUi(folder: string): Promise<void> {
  const runs: UiFigures[] = [];
  for (let i = 0; i < UI_RUNS; i++) runs.push(await measureUi(folder));
  const [first] = runs;
  if (!first) return;
  const worst = Math.max(...runs.map((ui) => ui.longestTaskMs));
  const reopened = percentile(runs.map((ui) => ui.warmListedMs), 50);
  const seconds = (ms: number) => fixed(ms / 1000, 2);
  console.log(`UI in headless Chromium, ${UI_RUNS} runs (app and browser started afresh each time), cold index of ${first.articles.toLocaleString('en')} articles:`);
  for (const [i, ui] of runs.entries()) {
    console.log(`  run ${i + 1}: first articles listed after ${seconds(ui.firstArticlesMs)} s, all after ${seconds(ui.indexedMs)} s; longest main-thread task while indexing ${fixed(ui.longestTaskMs, 0)} ms (${ui.longTasks} over 50 ms; ${fixed(ui.longestBeforeRowsMs, 0)} ms while the page loaded, ${fixed(ui.longestAfterRowsMs, 0)} ms once it showed rows); reopened: first rows ${seconds(ui.warmFirstRowsMs)} s, all listed ${seconds(ui.warmListedMs)} s`);
  }
  console.log(`  longest task in any run ${fixed(worst, 0)} ms  target < 100 ms: ${verdict(worst < 100)}`);
  console.log(`  reopened (app restarted, index cache warm), all ${first.articles.toLocaleString('en')} listed after navigating: median ${seconds(reopened)} s  target ≤ 1 s: ${verdict(reopened <= 1000)}`);
  console.log(`  virtualised list: ${first.optionsInDom} options in the DOM for ${first.articles.toLocaleString('en')} articles; longest task while scrolling to the end ${fixed(Math.max(...runs.map((ui) => ui.scrollLongestTaskMs)), 0)} ms`);
  console.log(`  timeline (virtualised too): ${first.timelineStoriesInDom} stories in the DOM; longest task switching to it on the reopened page ${fixed(Math.max(...runs.map((ui) => ui.timelineLongestTaskMs)), 0)} ms (worst of ${UI_RUNS})`);
}

const rss = () => `${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

console.log(`Lectern benchmark — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}/${process.arch}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${fixed(os.totalmem() / 1024 ** 3)} GB RAM`);
for (const size of sizes) {
  const generated = await timed(() => syntheticLibrary(size));
  const library = generated.value;
  console.log(`\n## ${size.toLocaleString('en')} captures (${fixed(mb(library.bytes))} MB; generated or reused in ${fixed(generated.ms / 1000)} s)`);

  // Promise-based first: whichever runs first may find files the page cache has dropped.
  const promiseFloor = await timed(() => rawFloor(library.folder, 'promises'));
  // The target's denominator, so measured FLOOR_RUNS times and the median kept: one run of it moved
  // by a third from one minute to the next (0.56–0.88 s at 10,000), and the verdict with it.
  const blockingRuns: number[] = [];
  for (let i = 0; i < FLOOR_RUNS; i++) blockingRuns.push((await timed(() => rawFloor(library.folder, 'blocking'))).ms);
  const blockingMs = percentile(blockingRuns, 50);
  const floors = { blocking: mb(library.bytes) / (blockingMs / 1000), promises: mb(library.bytes) / (promiseFloor.ms / 1000) };
  const spread = `median of ${FLOOR_RUNS}, ${fixed(Math.min(...blockingRuns) / 1000, 2)}–${fixed(Math.max(...blockingRuns) / 1000, 2)} s`;
  console.log(`raw floor (read + split words, one thread): ${fixed(blockingMs / 1000, 2)} s  ${fixed(floors.blocking)} MB/s with blocking reads (${spread}); ${fixed(promiseFloor.ms / 1000, 2)} s  ${fixed(floors.promises)} MB/s with promise-based reads`);

  const cacheRoot = await tempCacheRoot();
  const pool = await coldIndex(library.folder, library.bytes, size, cacheRoot, floors);
  const warm = await indexOnce(library.folder, cacheRoot, pool);
  console.log(`warm reopen (index cache):       ${fixed(warm.ms / 1000, 2)} s  (${warm.session.articles().length} articles; listed from the cache after ${fixed(warm.listedMs / 1000, 2)} s, the rest checking the folder against it)${size === 10_000 ? `  target ≤ 1 s: ${verdict(warm.ms <= 1000)}` : ''}`);
  const change = await refreshOneFile(warm.session, library.folder, SEED_COPY);
  const figure = (f: { ms: number; blockedMs: number }) => `${fixed(f.ms, 0)} ms (event loop held ≤ ${fixed(f.blockedMs, 0)} ms)`;
  console.log(`one file changed in the open library (extracted, copies linked, cache saved): added ${figure(change.added)}, edited ${figure(change.edited)}, deleted ${figure(change.deleted)}`);
  await pool.close();

  const search = await searchLatencies(warm.session, cacheRoot);
  const searchTarget = size >= 100_000 ? 150 : 50;
  console.log(`search (worker): index built in ${fixed(search.build / 1000, 2)} s (a search made as it started answered after ${fixed(search.firstAnswer, 0)} ms, from what was indexed by then); per keystroke p50 ${fixed(search.p50, 2)} ms, p99 ${fixed(search.p99, 2)} ms over ${search.queries} queries  target p99 ≤ ${searchTarget} ms: ${verdict(search.p99 <= searchTarget)}`);
  const reopened = await reopenedSearch(warm.session, cacheRoot, search.search);
  console.log(`  search index saved in ${fixed(reopened.saveMs / 1000, 2)} s (${fixed(mb(reopened.bytes), 0)} MB); the library opened again: searchable in full after ${fixed(reopened.ready / 1000, 2)} s (a first search answered after ${fixed(reopened.firstAnswer, 0)} ms), the same answers as the index built from the bodies: ${reopened.same ? 'yes' : 'NO'}`);
  await search.search.close();

  const open = openLargestWithHighlights(largestArticle(warm.session));
  console.log(`open largest article with 1,000 highlights: ${fixed(open.ms)} ms (${open.placed} placed, ${fixed(open.kb, 0)} KB to the renderer)`);
  warm.session.close();
  console.log(`peak RSS of this bench process so far (main thread and workers): ${rss()}`);
  const app = await appMemory(library.folder);
  console.log(`the app's peak memory for this library (own process: cold open, every article in the search index, one search): ${fixed(app.peakMb, 0)} MB for ${app.articles.toLocaleString('en')} articles${size >= 100_000 ? `  target < 1.5 GB: ${verdict(app.peakMb < 1536)}` : ''}`);
  await rm(cacheRoot, { recursive: true, force: true });

  if (size === UI_SIZE) await reportUi(library.folder);
}
