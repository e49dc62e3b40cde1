// Runs in Node (the main process). An article's body extracted again from its file, for when its copy
// in the index cache cannot be read: only from the very text it was indexed from, so the body matches
// the metadata and the fingerprint its annotations were made on.
import path from 'node:path';
import { hashText } from '../indexer/extract-job.js';
import type { ArticleBody } from '../indexer/index-cache.js';
import { articleFromText } from '../indexer/index-library.js';
import { readStampedFileBlocking } from '../indexer/read-article-file.js';

/** The body of `file` under `folder` if its text still has content hash `hash`, else null. */
export function bodyFromFile(folder: string, file: string, hash: string | null): ArticleBody | null {
  const { read } = readStampedFileBlocking(path.join(folder, ...file.split('/')));
  if (!read.ok || hashText(read.text, read.utf8) !== hash) return null;
  const outcome = articleFromText(file, read.text);
  return outcome.ok ? { paragraphs: outcome.article.paragraphs, comments: outcome.article.comments } : null;
}
