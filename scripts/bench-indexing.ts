// Runs in Node. Indexing speed, measured (not a test): 1,000 typical captures (the dev corpus's
// cases repeated, each made unique) in one folder, then one 20 MB capture.
//
//   node --import tsx scripts/bench-indexing.ts [cases-folder]
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexLibrary } from '../electron/backend/indexer/index-library.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? path.join(root, 'tests/fixtures/extraction-dev/cases');
const cases = await Promise.all((await readdir(source)).sort().map((name) => readFile(path.join(source, name), 'utf8')));

const many = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-'));
const big = await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-big-'));
try {
  await Promise.all(Array.from({ length: 1000 }, (_, i) => writeFile(path.join(many, `${i}.txt`), `${cases[i % cases.length] ?? ''}\ncapture ${i}\n`)));
  let started = performance.now();
  const index = await indexLibrary(many);
  console.log(`1,000 captures: ${Math.round(performance.now() - started)} ms (${index.articles.length} articles, ${index.errors.length} problems)`);

  let text = '';
  for (let i = 0; text.length < 20_000_000; i++) text += `${cases[i % cases.length] ?? ''}\n`;
  await writeFile(path.join(big, 'big.txt'), text);
  started = performance.now();
  const one = await indexLibrary(big);
  console.log(`20 MB capture: ${Math.round(performance.now() - started)} ms (${one.articles[0]?.paragraphs.length ?? 0} paragraphs)`);
} finally {
  await rm(many, { recursive: true, force: true });
  await rm(big, { recursive: true, force: true });
}
