// Runs in Node. Merging a backup into the data that is here now, keeping both sides: what exists on
// one side only is added; the same highlight or note edited on both sides keeps the newer edit and
// the other as a revision of that article. Nothing either side holds is dropped. Pure: no I/O.
import type { ArticleRecord, DataFile, Revision, StoredHighlight, StoredNote } from '../store/data-schema.js';

export interface MergeReport {
  articlesAdded: number;
  highlightsAdded: number;
  notesAdded: number;
  /** Edits made on both sides: the newer one is current, the other kept as a revision. */
  conflicts: number;
}

export interface MergeResult {
  data: DataFile;
  report: MergeReport;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Sets a key as an own property, so an id such as "__proto__" stays a key. */
function put<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isEmpty(data: DataFile): boolean {
  return Object.keys(data.articles).length === 0;
}

function addRevision(list: Revision[], revision: Revision): void {
  if (!list.some((r) => same(r, revision))) list.push(revision);
}

/** Newer edit wins; on an exact tie the local one stays (it is what the person sees now). */
function mergeHighlight(local: StoredHighlight, incoming: StoredHighlight, revisions: Revision[], stamp: Pick<Revision, 'keptAt' | 'reason'>): StoredHighlight {
  if (same(local, incoming)) return local;
  if (local.color === incoming.color && local.note === incoming.note) {
    // Only timestamps differ: nothing to lose, keep the newer stamp.
    return incoming.updatedAt > local.updatedAt ? incoming : local;
  }
  const [winner, loser] = incoming.updatedAt > local.updatedAt ? [incoming, local] : [local, incoming];
  addRevision(revisions, { kind: 'highlight', highlightId: loser.id, color: loser.color, text: loser.note, updatedAt: loser.updatedAt, ...stamp });
  return winner;
}

function mergeNote(local: StoredNote | null, incoming: StoredNote | null, revisions: Revision[], stamp: Pick<Revision, 'keptAt' | 'reason'>): StoredNote | null {
  if (!local) return incoming;
  if (!incoming || local.text === incoming.text) return local.updatedAt >= (incoming?.updatedAt ?? '') ? local : incoming;
  // An empty note on one side is not an edit worth a revision: the text wins.
  if (incoming.text === '') return local;
  if (local.text === '') return incoming;
  const [winner, loser] = incoming.updatedAt > local.updatedAt ? [incoming, local] : [local, incoming];
  addRevision(revisions, { kind: 'note', text: loser.text, updatedAt: loser.updatedAt, ...stamp });
  return winner;
}

function mergeRecord(local: ArticleRecord, incoming: ArticleRecord, report: MergeReport, stamp: Pick<Revision, 'keptAt' | 'reason'>): ArticleRecord {
  const revisions = [...(local.revisions ?? [])];
  for (const revision of incoming.revisions ?? []) addRevision(revisions, revision);
  const before = revisions.length;

  const highlights = local.highlights.map((h) => {
    const other = incoming.highlights.find((i) => i.id === h.id);
    return other ? mergeHighlight(h, other, revisions, stamp) : h;
  });
  for (const h of incoming.highlights) {
    if (!local.highlights.some((l) => l.id === h.id)) {
      highlights.push(h);
      report.highlightsAdded++;
    }
  }
  if (!local.note?.text && incoming.note?.text) report.notesAdded++;
  const note = mergeNote(local.note, incoming.note, revisions, stamp);
  report.conflicts += revisions.length - before;

  const reading = !local.reading || (incoming.reading && incoming.reading.readAt > local.reading.readAt) ? incoming.reading : local.reading;
  const merged: ArticleRecord = { file: local.file, title: local.title, highlights, note, reading };
  if (revisions.length > 0) merged.revisions = revisions;
  return merged;
}

/**
 * `incoming` merged into `local`. Into an empty data folder (a fresh restore) the backup comes back
 * exactly, settings included; into existing data, this machine's settings are kept.
 */
export function mergeData(local: DataFile, incoming: DataFile, source: string, now: Date = new Date()): MergeResult {
  const report: MergeReport = { articlesAdded: 0, highlightsAdded: 0, notesAdded: 0, conflicts: 0 };
  if (isEmpty(local)) {
    const data = structuredClone(incoming);
    for (const record of Object.values(data.articles)) {
      report.articlesAdded++;
      report.highlightsAdded += record.highlights.length;
      if (record.note?.text) report.notesAdded++;
    }
    return { data, report };
  }
  const stamp = { keptAt: now.toISOString(), reason: `import of ${source}` };
  const articles: DataFile['articles'] = {};
  for (const [id, record] of Object.entries(local.articles)) put(articles, id, structuredClone(record));
  for (const [id, record] of Object.entries(incoming.articles)) {
    const existing = Object.hasOwn(articles, id) ? articles[id] : undefined;
    if (!existing) {
      put(articles, id, structuredClone(record));
      report.articlesAdded++;
      report.highlightsAdded += record.highlights.length;
      if (record.note?.text) report.notesAdded++;
    } else {
      put(articles, id, mergeRecord(existing, structuredClone(record), report, stamp));
    }
  }
  return { data: { schemaVersion: local.schemaVersion, settings: structuredClone(local.settings), articles }, report };
}

/** A sentence for the person: what the import did. */
export function describeMerge(report: MergeReport): string {
  const parts = [
    `${report.articlesAdded} article${report.articlesAdded === 1 ? '' : 's'} added`,
    `${report.highlightsAdded} highlight${report.highlightsAdded === 1 ? '' : 's'} added`,
    `${report.notesAdded} note${report.notesAdded === 1 ? '' : 's'} added`,
  ];
  if (report.conflicts > 0) {
    parts.push(`${report.conflicts} edit${report.conflicts === 1 ? '' : 's'} made in both places (the newer kept, the other saved as a revision)`);
  }
  return `Restored from the backup: ${parts.join(', ')}.`;
}
