// Runs in Node. Picks the extractor for a file by its extension: plain-text captures (.txt), Markdown
// with front matter (.md, .markdown), saved web pages (.html, .htm). Every extractor returns the same
// fields and never throws; a failure yields an empty article, which the indexer reports.
import type { ArticleFormat, ExtractionWithLines } from './article.js';
import { EMPTY_ARTICLE, extractTextWithLines } from './extract-text.js';
import { extractHtml } from './formats/html.js';
import { extractMarkdown } from './formats/markdown.js';

export const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/iu;

export function formatOf(file: string): ArticleFormat {
  if (/\.(md|markdown)$/iu.test(file)) return 'md';
  if (/\.html?$/iu.test(file)) return 'html';
  return 'txt';
}

/** `lines`: text.split('\n'), when the reader has them in a leaner form (a capture's extractor reads them). */
export function extractFile(file: string, text: string, withLines = false, lines?: readonly string[]): ExtractionWithLines & { format: ArticleFormat } {
  const format = formatOf(file);
  try {
    if (format === 'md') return { format, ...extractMarkdown(text) };
    if (format === 'html') return { format, ...extractHtml(text) };
  } catch {
    return { format, article: { ...EMPTY_ARTICLE, tags: [], paragraphs: [], comments: [] }, lines: [] };
  }
  return { format, ...extractTextWithLines(text, withLines, lines) };
}
