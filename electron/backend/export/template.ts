// Runs in Node. User templates for the export (Mustache, logic-less, so a template can never run code).
// The variables are documented in README.md ("Export and backup"); keep the two in step.
import type MustacheModule from 'mustache';
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';
import { LecternError } from '../service/api-error.js';
import { loadOnFirstUse } from '../load-on-first-use.js';
import { deepLink } from './deep-link.js';
import { blockId, blockquote, escapeMarkdownInline, escapeMarkdownText } from './markdown-escape.js';
import type { ExportHighlight } from './markdown.js';

/** Loaded with the first templated export, not at start-up. */
const mustache = loadOnFirstUse<typeof MustacheModule>('mustache');

export interface TemplateHighlight {
  /** The quote escaped for Markdown (renders as the same text); may span lines. */
  quote: string;
  /** The quote as a ready-made blockquote ("> " before every line). */
  blockquote: string;
  /** The quote as highlighted, unescaped. */
  text: string;
  color: string;
  /** The person's note on it, verbatim Markdown ("" when none). */
  note: string;
  /** Obsidian block id without the caret, e.g. "h-3f2…". */
  blockId: string;
  /** lectern://open?article=…&highlight=… */
  link: string;
}

export interface TemplateView {
  title: string;
  byline: string;
  site: string;
  source: string;
  published: string;
  dateline: string;
  file: string;
  tags: string[];
  exported: string;
  link: string;
  highlights: TemplateHighlight[];
  orphans: TemplateHighlight[];
  highlightCount: number;
  note: string;
  hasNote: boolean;
}

function templateHighlight(articleId: string, h: ExportHighlight): TemplateHighlight {
  const quote = escapeMarkdownText(h.quote);
  return { quote, blockquote: blockquote(quote), text: h.quote, color: h.color, note: h.note?.trim() ?? '', blockId: blockId(h.id), link: deepLink(articleId, h.id) };
}

export function templateView(article: IndexedArticle, record: ArticleRecord | undefined, highlights: ExportHighlight[], exportedAt: Date): TemplateView {
  const note = record?.note?.text.trim() ?? '';
  return {
    title: escapeMarkdownInline(article.title ?? article.file),
    byline: article.byline ?? '',
    site: article.site ?? '',
    source: article.source ?? '',
    published: article.published ?? '',
    dateline: article.dateline ?? '',
    file: article.file,
    tags: article.tags,
    exported: exportedAt.toISOString(),
    link: deepLink(article.id),
    highlights: highlights.filter((h) => h.start !== null).map((h) => templateHighlight(article.id, h)),
    orphans: highlights.filter((h) => h.start === null).map((h) => templateHighlight(article.id, h)),
    highlightCount: highlights.length,
    note,
    hasNote: note !== '',
  };
}

/** Throws an 'invalid-argument' LecternError naming the mistake when the template cannot be parsed. */
export function checkTemplate(template: string): void {
  try {
    mustache().parse(template);
  } catch (error) {
    throw new LecternError('invalid-argument', `The export template has a mistake: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function renderTemplate(template: string, view: TemplateView): string {
  checkTemplate(template);
  // No HTML escaping: the output is Markdown, and the values are escaped for Markdown already.
  return mustache().render(template, view, {}, { escape: (value: string) => value }).trim();
}
