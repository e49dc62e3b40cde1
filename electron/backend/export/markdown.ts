// Runs in Node. Renders one article's highlights and note as a Markdown document (Obsidian-friendly):
// YAML front matter, a title, a quiet metadata line, quotes with block ids, then the note.
import path from 'node:path';
import { stringify } from 'yaml';
import type { HighlightColor, MarkdownDocument } from '../../common/contract.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { markdownFileName } from './file-names.js';
import { blockId, blockquote, escapeMarkdownInline, escapeMarkdownText } from './markdown-escape.js';

/** A highlight as exported: already in reading order; `start` is null when it could not be placed. */
export interface ExportHighlight {
  id: string;
  quote: string;
  color: HighlightColor;
  start: number | null;
  /** The person's Markdown note on the passage ("" or absent when none): written verbatim under it. */
  note?: string;
}

/** The front matter fields, in the order they are written. Parsing the YAML gives these back. */
export interface FrontMatter {
  title: string | null;
  site: string | null;
  source: string | null;
  published: string | null;
  dateline: string | null;
  file: string;
  highlights: number;
  exported: string;
}

/** "world/nato-accord.html" → "nato-accord": what to call an article that has no title. */
export function fallbackName(article: IndexedArticle): string {
  const base = path.posix.basename(article.file);
  const ext = path.posix.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** The note's text, or null when there is none worth a section (empty or only whitespace). */
export function noteText(record: ArticleRecord | undefined): string | null {
  const text = record?.note?.text;
  return text !== undefined && text.trim() !== '' ? text : null;
}

function frontMatter(fields: FrontMatter): string {
  // version 1.1 quotes strings that older YAML readers (and some Obsidian plugins) would otherwise
  // read as dates or booleans, e.g. published: "2011-05-03"; lineWidth 0 never folds long titles.
  const yaml = stringify(fields, { version: '1.1', lineWidth: 0 });
  return `---\n${yaml}---`;
}

function highlightBlock(highlight: ExportHighlight): string {
  // Obsidian: a block id for a blockquote goes on its own line right after the quote, with a blank
  // line before and after; inside the quote it would only label the quote's last line.
  const parts = [blockquote(escapeMarkdownText(highlight.quote)), `^${blockId(highlight.id)}`];
  if (highlight.color !== 'yellow') parts.push(`Colour: ${highlight.color}`);
  if (highlight.note && highlight.note.trim() !== '') parts.push(highlight.note.trim());
  return parts.join('\n\n');
}

export function renderArticleMarkdown(
  article: IndexedArticle,
  record: ArticleRecord | undefined,
  highlights: ExportHighlight[],
  exportedAt: Date,
): MarkdownDocument {
  const fallback = fallbackName(article);
  const sections: string[] = [
    frontMatter({
      title: article.title,
      site: article.site,
      source: article.source,
      published: article.published,
      dateline: article.dateline,
      file: article.file,
      highlights: highlights.length,
      exported: exportedAt.toISOString(),
    }),
    `# ${escapeMarkdownInline(article.title ?? fallback)}`,
  ];

  const metadata = [article.site, article.source, article.published, article.dateline]
    .filter((value): value is string => value !== null && value.trim() !== '')
    .map(escapeMarkdownInline);
  if (metadata.length > 0) sections.push(metadata.join(' · '));

  const placed = highlights.filter((h) => h.start !== null);
  const orphans = highlights.filter((h) => h.start === null);
  if (placed.length > 0) {
    sections.push('## Highlights', ...placed.map(highlightBlock));
  }
  if (orphans.length > 0) {
    sections.push(
      '## Could not place',
      'These passages were highlighted, but they are no longer found in the text of the article.',
      ...orphans.map(highlightBlock),
    );
  }
  const note = noteText(record);
  if (note !== null) {
    // Last, and verbatim: the note is the person's own Markdown, headings and all.
    sections.push('## Notes', note);
  }
  if (placed.length === 0 && orphans.length === 0 && note === null) {
    sections.push('No highlights or notes yet.');
  }

  return {
    fileName: markdownFileName(article.title, fallback),
    markdown: `${sections.join('\n\n')}\n`,
  };
}
