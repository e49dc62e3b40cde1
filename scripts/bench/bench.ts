// Runs in Node (benchmark): `npm run bench [-- --full]`. Generates synthetic libraries (1,000 and
// 10,000 captures; 100,000 with --full) and measures, in one run: the raw floor (read + split into
// words), cold indexing, reopening, search latency, opening the largest article with 1,000
// highlights, and peak memory. Speed targets live here, never in timed tests.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyText, type IndexedArticle } from '../../electron/backend/indexer/article.js';
import { indexLibrary } from '../../electron/backend/indexer/index-library.js';
import { SearchIndex } from '../../electron/backend/search/search-index.js';
import { articleViewOf } from '../../electron/backend/service/views.js';
import type { ArticleRecord } from '../../electron/backend/store/data-schema.js';
import { fixed, mb, percentile, timed } from './measure.js';
import { Random } from './random.js';
import { syntheticLibrary } from './synthetic-library.js';

const sizes = process.argv.includes('--full') ? [1_000, 10_000, 100_000] : [1_000, 10_000];

async function rawFloor(folder: string): Promise<number> {
  let words = 0;
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.txt'))) {
    words += (await readFile(path.join(folder, file), 'utf8')).split(/\s+/).length;
  }
  return words;
}

function searchLatencies(articles: readonly IndexedArticle[]): { build: number; p50: number; p99: number; queries: number } {
  const index = new SearchIndex();
  const start = performance.now();
  index.reset(articles.map((a) => ({ id: a.id, title: a.title, site: a.site, body: bodyText(a.paragraphs) })));
  const build = performance.now() - start;
  const random = new Random(7);
  const words = articles.slice(0, 200).flatMap((a) => (a.title ?? '').split(/\s+/)).filter((w) => w.length > 3);
  const samples: number[] = [];
  // Each query typed letter by letter from 3 letters on, as a person types into the search box.
  for (let q = 0; q < 60; q++) {
    const query = `${random.pick(words)} ${random.pick(words)}`.toLowerCase();
    for (let length = 3; length <= query.length; length++) {
      const t = performance.now();
      index.search(query.slice(0, length));
      samples.push(performance.now() - t);
    }
  }
  return { build, p50: percentile(samples, 50), p99: percentile(samples, 99), queries: samples.length };
}

function openLargestWithHighlights(articles: readonly IndexedArticle[]): { ms: number; kb: number; placed: number } {
  const largest = articles.reduce((a, b) => (bodyText(b.paragraphs).length > bodyText(a.paragraphs).length ? b : a));
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

console.log(`Lectern benchmark — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const size of sizes) {
  const generated = await timed(() => syntheticLibrary(size));
  const library = generated.value;
  console.log(`\n## ${size.toLocaleString('en')} captures (${fixed(mb(library.bytes))} MB; generated or reused in ${fixed(generated.ms / 1000)} s)`);

  const floor = await timed(() => rawFloor(library.folder));
  const floorRate = mb(library.bytes) / (floor.ms / 1000);
  console.log(`raw floor (read + split words):  ${fixed(floor.ms / 1000, 2)} s  ${fixed(floorRate)} MB/s`);

  const cold = await timed(() => indexLibrary(library.folder));
  const coldRate = mb(library.bytes) / (cold.ms / 1000);
  console.log(`cold index:                      ${fixed(cold.ms / 1000, 2)} s  ${fixed(coldRate)} MB/s  ${fixed(size / (cold.ms / 1000), 0)} articles/s  (${fixed((100 * coldRate) / floorRate)}% of floor; ${cold.value.articles.length} articles, ${cold.value.errors.length} errors, ${cold.value.articles.filter((a) => a.duplicateOf).length} duplicates)`);

  const warm = await timed(() => indexLibrary(library.folder));
  console.log(`reopen (no index cache yet):     ${fixed(warm.ms / 1000, 2)} s`);

  const search = searchLatencies(cold.value.articles);
  console.log(`search: index built in ${fixed(search.build / 1000, 2)} s; per keystroke p50 ${fixed(search.p50, 2)} ms, p99 ${fixed(search.p99, 2)} ms over ${search.queries} queries`);

  const open = openLargestWithHighlights(cold.value.articles);
  console.log(`open largest article with 1,000 highlights: ${fixed(open.ms)} ms (${open.placed} placed, ${fixed(open.kb, 0)} KB to the renderer)`);
  console.log(`peak RSS so far: ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}
