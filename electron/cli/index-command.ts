// Runs in Node. `lectern index DIR [--json]`: the library as the app sees it.
import path from 'node:path';
import { indexLibrary } from '../backend/indexer/index-library.js';
import { UsageError } from './usage-error.js';

export async function runIndex(positionals: string[], json: boolean): Promise<number> {
  const [folder, ...extra] = positionals;
  if (!folder || extra.length > 0) throw new UsageError('index takes exactly one folder.');
  const index = await indexLibrary(path.resolve(folder));
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
