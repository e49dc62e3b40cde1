// Runs in Node. Test fixtures for the exporter's tests (not used by the app).
import type { IndexedArticle } from '../indexer/article.js';
import type { ArticleRecord } from '../store/data-schema.js';

/** An indexed article with awkward metadata: quotes, a colon, Cyrillic. */
export function article(overrides: Partial<IndexedArticle> = {}): IndexedArticle {
  return {
    id: 'art-1',
    file: 'world/nato-accord.html',
    title: 'NATO: "Hopes" for an accord — Россия и НАТО',
    site: 'RIA Novosti',
    source: 'Xinhua',
    published: '2011-05-03',
    publishedPartial: null,
    dateline: 'MOSCOW',
    byline: null,
    tags: [],
    language: 'en',
    paragraphs: ['First paragraph.', 'Second paragraph.'],
    comments: [],
    words: 4,
    readingMinutes: 1,
    format: 'html',
    duplicateOf: null,
    fingerprint: 'fp',
    ...overrides,
  };
}

/** A stored record with `highlights` placeholder highlights and an optional note. */
export function record(note: string | null, highlights = 0): ArticleRecord {
  return {
    file: 'world/nato-accord.html',
    title: 'x',
    reading: null,
    highlights: Array.from({ length: highlights }, (_, i) => ({
      id: `h${i}`,
      color: 'yellow' as const,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      note: '',
      target: {
        fingerprint: 'fp',
        quote: { type: 'TextQuoteSelector' as const, exact: 'q', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
      },
    })),
    note: note === null ? null : { text: note, updatedAt: '2024-01-02T00:00:00.000Z' },
  };
}
