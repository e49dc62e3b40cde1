// Runs in Node (a diagnostic, not part of the bench): the slowest search queries at 10,000 captures.
import { indexOnce, tempCacheRoot, searchLatencies } from './index-bench.js';
import { syntheticLibrary } from './synthetic-library.js';

const library = await syntheticLibrary(10_000);
const cacheRoot = await tempCacheRoot();
await indexOnce(library.folder, cacheRoot);
const warm = await indexOnce(library.folder, cacheRoot);
const { search } = await searchLatencies(warm.session, cacheRoot);
const timings: Array<[number, string, number]> = [];
for (const query of ['nato', 'nat', 'russia missile', 'missile def', 'rasmus', 'the', 'defense of', 'alliance stat', 'a']) {
  const t = performance.now();
  const hits = await search.search(query);
  timings.push([performance.now() - t, query, hits.length]);
}
for (const [ms, q, n] of timings.sort((a, b) => b[0] - a[0])) console.log(`${ms.toFixed(1)} ms  ${n} hits  "${q}"`);
process.exit(0);
