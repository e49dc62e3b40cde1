// Runs in Node. fast-check generators of whole data files (tests only): random annotations, notes,
// revisions and settings, with text drawn from all of Unicode.
import fc from 'fast-check';
import { type ArticleRecord, type DataFile, type Revision, type StoredHighlight, SCHEMA_VERSION } from '../store/data-schema.js';

const text = fc.string({ unit: 'binary', maxLength: 40 });
const iso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const color = fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple' as const);
// Any text but "__proto__": Lectern never makes that id, and files holding it are refused (data-schema.ts).
const id = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');

export const highlightArb: fc.Arbitrary<StoredHighlight> = fc.record({
  id,
  color,
  createdAt: iso,
  updatedAt: iso,
  note: text,
  target: fc.record({
    fingerprint: fc.string({ maxLength: 16 }),
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text.filter((t) => t.length > 0), prefix: text, suffix: text }),
    position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: fc.nat(100_000), end: fc.nat(100_000) }),
  }),
});

const revisionArb: fc.Arbitrary<Revision> = fc.record(
  { kind: fc.constantFrom('highlight', 'note' as const), highlightId: id, color, text, updatedAt: iso, keptAt: iso, reason: text },
  { requiredKeys: ['kind', 'text', 'updatedAt', 'keptAt', 'reason'], noNullPrototype: true },
);

export const recordArb: fc.Arbitrary<ArticleRecord> = fc.record(
  {
    file: text,
    title: fc.option(text, { nil: null }),
    highlights: fc.uniqueArray(highlightArb, { selector: (h) => h.id, maxLength: 4 }),
    note: fc.option(fc.record({ text, updatedAt: iso }), { nil: null }),
    reading: fc.option(fc.record({ offset: fc.nat(1_000_000), progress: fc.double({ min: 0, max: 1, noNaN: true }), readAt: iso }), { nil: null }),
    revisions: fc.array(revisionArb, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['file', 'title', 'highlights', 'note', 'reading'], noNullPrototype: true },
);

export const dataFileArb: fc.Arbitrary<DataFile> = fc.record({
  schemaVersion: fc.constant(SCHEMA_VERSION),
  settings: fc.record({
    libraryFolder: fc.option(text, { nil: null }),
    reader: fc.record({
      theme: fc.constantFrom('light', 'sepia', 'dark', 'system' as const),
      fontSize: fc.integer({ min: 10, max: 40 }),
      lineHeight: fc.double({ min: 1, max: 3, noNaN: true }),
      columnWidth: fc.integer({ min: 20, max: 80 }),
    }),
    export: fc.record({
      includeUnannotated: fc.boolean(),
      layout: fc.constantFrom('per-article', 'combined' as const),
      template: fc.option(text, { nil: null }),
      folder: fc.option(text, { nil: null }),
    }),
  }),
  // Any text but "__proto__" (see `id` above): fast-check generates it on purpose, as it should.
  articles: fc.dictionary(fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'), recordArb, { maxKeys: 4, noNullPrototype: true }),
});
