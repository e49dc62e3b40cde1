// Runs in Node. Shapes the backend's records into the views the contract promises the renderer.
import type { ArticleSummary, ArticleView, HighlightView } from '../../common/contract.js';
import { resolveRange } from '../anchoring/resolve-range.js';
import { bodyText, PARAGRAPH_SEPARATOR, type IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord, StoredHighlight } from '../store/data-schema.js';
import type { ArticleMeta } from '../indexer/index-cache.js';

export function summaryOf(article: ArticleMeta, record: ArticleRecord | undefined): ArticleSummary {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    site: article.site,
    published: article.published,
    publishedPartial: article.publishedPartial,
    duplicateOf: article.duplicateOf,
    highlightCount: record?.highlights.length ?? 0,
    hasNote: (record?.note?.text.trim().length ?? 0) > 0,
    read: Boolean(record?.reading),
    progress: record?.reading?.progress ?? 0,
  };
}

/** Places every stored highlight in the current text; reading order, orphans last (never dropped). */
export function placeHighlights(article: IndexedArticle, record: ArticleRecord | undefined): HighlightView[] {
  const text = bodyText(article.paragraphs);
  const placed = (record?.highlights ?? []).map((highlight) => highlightViewOf(text, highlight));
  // Reading order; overlapping highlights that start together keep the order they were made in.
  return placed.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.createdAt.localeCompare(b.createdAt));
}

/** One stored highlight, anchored in the body text `text` (start/end null when it is an orphan). */
export function highlightViewOf(text: string, highlight: StoredHighlight): HighlightView {
  const range = resolveRange(text, highlight.target);
  return {
    id: highlight.id,
    start: range?.start ?? null,
    end: range?.end ?? null,
    quote: highlight.target.quote.exact,
    color: highlight.color,
    createdAt: highlight.createdAt,
    updatedAt: highlight.updatedAt,
    note: highlight.note,
  };
}

export function articleViewOf(article: IndexedArticle, record: ArticleRecord | undefined): ArticleView {
  let offset = 0;
  const paragraphStarts = article.paragraphs.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
    return start;
  });
  return {
    ...summaryOf(article, record),
    source: article.source,
    dateline: article.dateline,
    byline: article.byline,
    tags: article.tags,
    language: article.language,
    words: article.words,
    readingMinutes: article.readingMinutes,
    paragraphs: article.paragraphs,
    comments: article.comments,
    paragraphStarts,
    highlights: placeHighlights(article, record),
    note: { text: record?.note?.text ?? '', updatedAt: record?.note?.updatedAt ?? null },
    position: record?.reading ? { offset: record.reading.offset, progress: record.reading.progress } : null,
  };
}
