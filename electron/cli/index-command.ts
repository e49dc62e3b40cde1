// Runs in Node. `lectern index DIR [--json]`: the library as the app sees it, extracted the way the
// app extracts it (worker threads for a large folder, inline for a few files), without touching the
// app's index cache. Articles and problems are listed in file order, whatever order workers finish in.
import path from 'node:path';
import type { IndexProblem } from '../common/contract.js';
import type { IndexedArticle } from '../backend/indexer/article.js';
import { findSignedDuplicates } from '../backend/indexer/duplicates.js';
import type { ExtractResult } from '../backend/indexer/extract-job.js';
import { listLibrary } from '../backend/indexer/index-library.js';
import { WorkerPool, workerScript } from '../backend/indexer/worker-pool.js';
import { extractFiles, type ExtractPool } from '../backend/service/extract-files.js';
import { UsageError } from './usage-error.js';

interface CliIndex {
  folder: string;
  articles: IndexedArticle[];
  errors: IndexProblem[];
}

async function indexFolder(folder: string): Promise<CliIndex> {
  const { files, problems } = await listLibrary(folder);
  const results = new Map<string, ExtractResult>();
  // Workers start only if the folder is large enough to use them.
  const pool: ExtractPool = new WorkerPool(workerScript('extract-worker'));
  try {
    await extractFiles(
      files.map((file) => ({ root: folder, file, knownHash: null })),
      pool,
      (batch) => batch.forEach((result) => results.set(result.file, result)),
    );
  } finally {
    await pool.close();
  }
  const signed: Array<{ article: IndexedArticle; signature: Uint32Array | null }> = [];
  const errors = [...problems];
  for (const file of files) {
    const result = results.get(file);
    if (result?.kind === 'article') signed.push(result);
    else errors.push({ file, message: result?.kind === 'problem' ? result.message : 'This file was not indexed.' });
  }
  const copies = findSignedDuplicates(signed.map(({ article }) => article), signed.map(({ signature }) => signature));
  const articles = signed.map(({ article }) => ({ ...article, duplicateOf: copies.get(article.id) ?? null }));
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { folder, articles, errors };
}

export async function runIndex(positionals: string[], json: boolean): Promise<number> {
  const [folder, ...extra] = positionals;
  if (!folder || extra.length > 0) throw new UsageError('index takes exactly one folder.');
  const index = await indexFolder(path.resolve(folder));
  if (json) {
    // The documented, stable shape: later versions add fields, never rename these.
    const articles = index.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      site: a.site,
      source: a.source,
      published: a.published,
      dateline: a.dateline,
      paragraphs: a.paragraphs,
      words: a.words,
      duplicateOf: a.duplicateOf,
      // Added in issue 3 (after the original fields, which keep their names).
      publishedPartial: a.publishedPartial,
      byline: a.byline,
      tags: a.tags,
      language: a.language,
      readingMinutes: a.readingMinutes,
      format: a.format,
      comments: a.comments,
    }));
    process.stdout.write(`${JSON.stringify({ folder: index.folder, articles, errors: index.errors }, null, 2)}\n`);
  } else {
    for (const a of index.articles) {
      console.log(`${a.file}\t${a.published ?? '—'}\t${a.site ?? '—'}\t${a.title ?? '(untitled)'}`);
    }
    for (const e of index.errors) console.error(`${e.file}: ${e.message}`);
    console.log(`${index.articles.length} articles, ${index.errors.length} problems in ${index.folder}`);
  }
  return 0;
}
