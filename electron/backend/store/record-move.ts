// Runs in Node. What an article's record becomes when the annotations of a renamed file arrive and
// the new path already has some (a record left there earlier): both kept, nothing overwritten. Pure.
import type { ArticleRecord, Revision, StoredHighlight } from './data-schema.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `moved` merged into `target`. Highlights are united by id; notes on both sides are both kept, one
 * after the other, so the person sees every word; the later reading position wins. A highlight on
 * both sides with different colour or note keeps the newer edit and the other as a revision (what
 * merging a backup does too), recorded as `reason`.
 */
export function mergeMovedRecord(target: ArticleRecord, moved: ArticleRecord, reason: string, now: Date): ArticleRecord {
  const revisions: Revision[] = [...(target.revisions ?? [])];
  const keep = (revision: Revision) => {
    if (!revisions.some((r) => same(r, revision))) revisions.push(revision);
  };
  for (const revision of moved.revisions ?? []) keep(revision);

  const highlights: StoredHighlight[] = target.highlights.map((mine) => {
    const theirs = moved.highlights.find((h) => h.id === mine.id);
    if (!theirs || same(mine, theirs)) return mine;
    const [winner, loser] = theirs.updatedAt > mine.updatedAt ? [theirs, mine] : [mine, theirs];
    if (winner.color !== loser.color || winner.note !== loser.note) {
      keep({ kind: 'highlight', highlightId: loser.id, color: loser.color, text: loser.note, updatedAt: loser.updatedAt, keptAt: now.toISOString(), reason });
    }
    return winner;
  });
  for (const h of moved.highlights) if (!target.highlights.some((mine) => mine.id === h.id)) highlights.push(h);

  const texts = [target.note?.text ?? '', moved.note?.text ?? ''].filter((text) => text.trim() !== '');
  const stamps = [target.note?.updatedAt, moved.note?.updatedAt].filter((stamp) => stamp !== undefined).sort();
  const newest = stamps.at(-1);
  const note = newest === undefined ? null : { text: texts[0] === texts[1] ? (texts[0] ?? '') : texts.join('\n\n'), updatedAt: newest };

  const reading = !target.reading || (moved.reading && moved.reading.readAt > target.reading.readAt) ? moved.reading : target.reading;
  const merged: ArticleRecord = { file: target.file, title: target.title, highlights, note, reading };
  if (revisions.length > 0) merged.revisions = revisions;
  return merged;
}
