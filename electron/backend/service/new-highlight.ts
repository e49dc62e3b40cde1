// Runs in Node. A highlight made from the person's selection in an article's text: trimmed to the
// words it covers, anchored by quote and position (describe-range.ts) so it can be found again when
// the file is edited, and the view the page shows of it at once (the service stores the highlight).
import { randomUUID } from 'node:crypto';
import type { AddHighlightInput, HighlightView } from '../../common/contract.js';
import { describeRange } from '../anchoring/describe-range.js';
import { bodyText, type IndexedArticle } from '../indexer/article.js';
import type { StoredHighlight } from '../store/data-schema.js';
import { LecternError } from './api-error.js';

/** Throws invalid-argument when the selection lies outside the article's text or holds no words. */
export function newHighlight(article: IndexedArticle, input: AddHighlightInput): { highlight: StoredHighlight; view: HighlightView } {
  const text = bodyText(article.paragraphs);
  if (input.end > text.length) throw new LecternError('invalid-argument', 'The selection lies outside the article text.');
  // A drag often catches the spaces around words; the highlight is the words themselves.
  const raw = text.slice(input.start, input.end);
  const start = input.start + (raw.length - raw.trimStart().length);
  const end = input.end - (raw.length - raw.trimEnd().length);
  if (end <= start) throw new LecternError('invalid-argument', 'Select some words to highlight.');
  const quote = text.slice(start, end);
  const selectors = describeRange(text, start, end);
  const createdAt = new Date().toISOString();
  const highlight = {
    id: randomUUID(),
    color: input.color ?? 'yellow',
    createdAt,
    updatedAt: createdAt,
    note: '',
    target: { fingerprint: article.fingerprint, ...selectors },
  } as const;
  return { highlight, view: { id: highlight.id, start, end, quote, color: highlight.color, createdAt, updatedAt: createdAt, note: '' } };
}
