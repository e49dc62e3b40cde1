// Runs in Node. Renders one article's highlights and note as a Markdown document (Obsidian-friendly):
// YAML front matter, then the generated region: a title, a quiet metadata line, quotes with block ids
// and links back into Lectern, then the note. A user template may replace the region's layout.
import path from 'node:path';
import type { HighlightColor, MarkdownDocument } from '../../common/contract.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { deepLink } from './deep-link.js';
import { markdownFileName } from './file-names.js';
import { type FrontMatterFields, newDocument } from './generated-region.js';
import { blockId, blockquote, escapeMarkdownInline, escapeMarkdownText } from './markdown-escape.js';
import { obsidianTags } from './obsidian-tags.js';
import { renderTemplate, templateView } from './template.js';

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
  /** The author as the page prints it ("Kevin Johnson and Kevin McCoy"). */
  byline: string | null;
  site: string | null;
  source: string | null;
  published: string | null;
  dateline: string | null;
  file: string;
  tags: string[];
  highlights: number;
  exported: string;
}

export interface RenderOptions {
  /** 1 for a file of its own; 2 inside the combined file, under its own title. */
  headingLevel?: 1 | 2;
  /** A Mustache template for the region (see template.ts); null or absent for the built-in layout. */
  template?: string | null;
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

export function frontMatterOf(article: IndexedArticle, highlights: ExportHighlight[], exportedAt: Date): FrontMatter {
  return {
    title: article.title,
    byline: article.byline,
    site: article.site,
    source: article.source,
    published: article.published,
    dateline: article.dateline,
    file: article.file,
    // Obsidian's own key: only tags it accepts ("missile defence" becomes "missile-defence").
    tags: obsidianTags(article.tags),
    highlights: highlights.length,
    exported: exportedAt.toISOString(),
  };
}

const capitalised = (color: string): string => `${color.charAt(0).toUpperCase()}${color.slice(1)}`;

function highlightBlock(articleId: string, highlight: ExportHighlight): string {
  // Obsidian: a block id for a blockquote goes on its own line right after the quote, with a blank
  // line before and after; inside the quote it would only label the quote's last line.
  const parts = [
    blockquote(escapeMarkdownText(highlight.quote)),
    `^${blockId(highlight.id)}`,
    `${capitalised(highlight.color)} · [Open in Lectern](${deepLink(articleId, highlight.id)})`,
  ];
  if (highlight.note && highlight.note.trim() !== '') parts.push(highlight.note.trim());
  return parts.join('\n\n');
}

/** The generated region's Markdown for one article (without markers or front matter). */
export function articleBody(article: IndexedArticle, record: ArticleRecord | undefined, highlights: ExportHighlight[], exportedAt: Date, options: RenderOptions = {}): string {
  if (options.template) return renderTemplate(options.template, templateView(article, record, highlights, exportedAt));
  const h = '#'.repeat(options.headingLevel ?? 1);
  // A blank title would make an empty heading: the file name stands in for it.
  const heading = escapeMarkdownInline(article.title ?? '') || escapeMarkdownInline(fallbackName(article)) || 'Untitled';
  const sections: string[] = [`${h} ${heading}`];

  const metadata = [article.byline && `By ${article.byline}`, article.site, article.source, article.published, article.dateline]
    .filter((value): value is string => value !== null && value.trim() !== '')
    .map(escapeMarkdownInline);
  if (metadata.length > 0) sections.push(metadata.join(' · '));

  const placed = highlights.filter((hl) => hl.start !== null);
  const orphans = highlights.filter((hl) => hl.start === null);
  if (placed.length > 0) sections.push(`${h}# Highlights`, ...placed.map((hl) => highlightBlock(article.id, hl)));
  if (orphans.length > 0) {
    sections.push(
      `${h}# Could not place`,
      'These passages were highlighted, but they are no longer found in the text of the article.',
      ...orphans.map((hl) => highlightBlock(article.id, hl)),
    );
  }
  const note = noteText(record);
  // Last, and verbatim: the note is the person's own Markdown, headings and all.
  if (note !== null) sections.push(`${h}# Notes`, note.trim());
  if (placed.length === 0 && orphans.length === 0 && note === null) sections.push('No highlights or notes yet.');
  return sections.join('\n\n');
}

export function renderArticleMarkdown(
  article: IndexedArticle,
  record: ArticleRecord | undefined,
  highlights: ExportHighlight[],
  exportedAt: Date,
  options: RenderOptions = {},
): MarkdownDocument & { frontMatter: FrontMatter; body: string } {
  const frontMatter = frontMatterOf(article, highlights, exportedAt);
  const body = articleBody(article, record, highlights, exportedAt, options);
  return {
    fileName: markdownFileName(article.title, fallbackName(article)),
    markdown: newDocument(frontMatter as unknown as FrontMatterFields, body),
    frontMatter,
    body,
  };
}
