// Runs in Node. Markdown export for the service: one article rendered or written, or the notes of
// a library (or a selection of it) written into a folder with the options remembered for next time.
import path from 'node:path';
import type { ExportRequest, ExportResult } from '../../common/contract.js';
import { exportAllNotes, writeMarkdownFile } from '../export/export-all.js';
import type { FrontMatterFields } from '../export/generated-region.js';
import { renderArticleMarkdown, type ExportHighlight } from '../export/markdown.js';
import { checkTemplate } from '../export/template.js';
import type { IndexedArticle } from '../indexer/article.js';
import type { AnnotationStore } from '../store/annotation-store.js';
import type { LibrarySession } from './library-session.js';
import { placeHighlights } from './views.js';

/** One article's Markdown with the remembered template, as a download or a file. */
export function renderArticle(session: LibrarySession, store: AnnotationStore, articleId: string): ReturnType<typeof renderArticleMarkdown> {
  const article = session.article(articleId);
  const record = store.record(articleId);
  const { template } = store.settings().export;
  return renderArticleMarkdown(article, record, exportHighlightsOf(article, record), new Date(), { template });
}

/** Writes one article's Markdown to `file` (".md" added when missing). */
export async function exportArticleTo(session: LibrarySession, store: AnnotationStore, articleId: string, file: string): Promise<ExportResult> {
  const target = path.resolve(file.endsWith('.md') ? file : `${file}.md`);
  const { frontMatter, body } = renderArticle(session, store, articleId);
  await writeMarkdownFile(target, frontMatter as unknown as FrontMatterFields, body);
  return { files: [target] };
}

/** "Export all notes…": the options are checked, remembered, then used. */
export async function exportNotes(session: LibrarySession, store: AnnotationStore, request: ExportRequest): Promise<ExportResult> {
  if (request.options.template) checkTemplate(request.options.template);
  const folder = path.resolve(request.folder);
  await store.updateSettings({ export: { ...request.options, folder } });
  const wanted = request.articleIds ? new Set(request.articleIds) : null;
  const items = session
    .articles()
    .filter((meta) => !wanted || wanted.has(meta.id))
    .map((meta) => {
      // Bodies are read from the index cache one at a time, not kept in memory.
      const article = session.article(meta.id);
      const record = store.record(article.id);
      return { article, record, highlights: exportHighlightsOf(article, record) };
    });
  return { files: await exportAllNotes(folder, items, new Date(), request.options) };
}

/** The export options last used (the folder apart). */
export function rememberedExportOptions(store: AnnotationStore): ExportRequest['options'] {
  const stored = store.settings().export;
  return { includeUnannotated: stored.includeUnannotated, layout: stored.layout, template: stored.template };
}

function exportHighlightsOf(article: IndexedArticle, record: Parameters<typeof placeHighlights>[1]): ExportHighlight[] {
  return placeHighlights(article, record).map(({ id, quote, color, start, note }) => ({ id, quote, color, start, note }));
}
