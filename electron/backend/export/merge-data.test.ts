// Runs in Node (tests). Merging a backup into existing data keeps both sides: the newer edit wins and
// the other is kept as a revision; no note text or highlight from either side is ever lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type DataFile, type StoredHighlight, emptyData } from '../store/data-schema.js';
import { dataFileArb } from './data-arbitraries.js';
import { describeMerge, mergeData } from './merge-data.js';

const target = {
  fingerprint: 'f',
  quote: { type: 'TextQuoteSelector' as const, exact: 'q', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
};
const highlight = (id: string, note: string, updatedAt: string, color: StoredHighlight['color'] = 'yellow'): StoredHighlight => ({
  id,
  color,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt,
  note,
  target,
});
function dataWith(highlights: StoredHighlight[], note: string | null, noteAt = '2024-01-01T00:00:00.000Z'): DataFile {
  const data = emptyData();
  data.articles.a1 = { file: 'a.txt', title: 'A', highlights, note: note === null ? null : { text: note, updatedAt: noteAt }, reading: null };
  return data;
}

test('the same highlight edited in both places: the newer edit wins, the other is kept as a revision', () => {
  const local = dataWith([highlight('h1', 'local note', '2024-02-01T00:00:00.000Z')], 'here', '2024-03-01T00:00:00.000Z');
  const incoming = dataWith([highlight('h1', 'backup note', '2024-02-05T00:00:00.000Z', 'blue'), highlight('h2', '', '2024-01-01T00:00:00.000Z')], 'there', '2024-01-01T00:00:00.000Z');
  const { data, report } = mergeData(local, incoming, 'backup.json', new Date('2024-04-01T00:00:00.000Z'));
  const record = data.articles.a1;
  assert.deepEqual(
    record?.highlights.map((h) => [h.id, h.note, h.color]),
    [
      ['h1', 'backup note', 'blue'],
      ['h2', '', 'yellow'],
    ],
  );
  assert.equal(record?.note?.text, 'here');
  assert.deepEqual(record?.revisions, [
    { kind: 'highlight', highlightId: 'h1', color: 'yellow', text: 'local note', updatedAt: '2024-02-01T00:00:00.000Z', keptAt: '2024-04-01T00:00:00.000Z', reason: 'import of backup.json' },
    { kind: 'note', text: 'there', updatedAt: '2024-01-01T00:00:00.000Z', keptAt: '2024-04-01T00:00:00.000Z', reason: 'import of backup.json' },
  ]);
  assert.deepEqual(report, { articlesAdded: 0, highlightsAdded: 1, notesAdded: 0, conflicts: 2 });
  assert.match(describeMerge(report), /2 edits made in both places/);
});

test('importing the same backup twice changes nothing the second time', () => {
  const local = dataWith([highlight('h1', 'a', '2024-02-01T00:00:00.000Z')], 'mine');
  const incoming = dataWith([highlight('h1', 'b', '2024-02-02T00:00:00.000Z')], 'theirs', '2024-05-01T00:00:00.000Z');
  const once = mergeData(local, incoming, 'b.json', new Date('2024-06-01T00:00:00.000Z')).data;
  const twice = mergeData(once, incoming, 'b.json', new Date('2024-06-01T00:00:00.000Z')).data;
  assert.deepEqual(twice, once);
});

/** Every piece of text a person wrote: highlight notes, article notes, and revisions. */
function writings(data: DataFile): Set<string> {
  const found = new Set<string>();
  for (const record of Object.values(data.articles)) {
    for (const h of record.highlights) found.add(`h:${h.id}:${h.note}`);
    if (record.note?.text) found.add(`n:${record.note.text}`);
    for (const r of record.revisions ?? []) found.add(r.kind === 'note' ? `n:${r.text}` : `h:${r.highlightId ?? ''}:${r.text}`);
  }
  return found;
}

test('merging never loses a highlight, a note or a revision from either side', () => {
  fc.assert(
    fc.property(dataFileArb, dataFileArb, (local, incoming) => {
      const { data } = mergeData(local, incoming, 'x');
      const after = writings(data);
      for (const side of [local, incoming]) {
        for (const text of writings(side)) {
          if (text === 'n:' || text.endsWith(':')) continue; // an empty note is nothing to keep
          assert.ok(after.has(text), `lost ${JSON.stringify(text)}`);
        }
        for (const [id, record] of Object.entries(side.articles)) {
          for (const h of record.highlights) assert.ok(data.articles[id]?.highlights.some((m) => m.id === h.id));
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('merging into existing data keeps this machine’s settings', () => {
  const local = dataWith([], 'x');
  local.settings.reader.theme = 'dark';
  const incoming = dataWith([], 'x');
  incoming.settings.reader.theme = 'sepia';
  assert.equal(mergeData(local, incoming, 'x').data.settings.reader.theme, 'dark');
});
