// Runs in Node. "Show original": the article's file read again and extracted with every line's
// role (title, meta, body, comment, removed). Computed on demand rather than kept in the index, so
// a library of thousands of captures does not hold every page twice in memory.
import path from 'node:path';
import type { OriginalView } from '../../common/contract.js';
import type { IndexedArticle } from './article.js';
import { extractFile } from './extract-file.js';
import { readArticleFile } from './read-article-file.js';

export async function readOriginal(folder: string, article: IndexedArticle): Promise<OriginalView> {
  const read = await readArticleFile(path.join(folder, ...article.file.split('/')));
  if (!read.ok) throw new Error(read.message);
  const { lines, format } = extractFile(article.file, read.text, true);
  return { articleId: article.id, file: article.file, format, lines };
}
