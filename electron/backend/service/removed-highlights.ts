// Runs in Node. Highlights removed during this session, kept in memory so "undo" can put one back
// exactly as it was (same id, colour, note and anchor) rather than re-creating it from offsets,
// which would lose the note and, for an orphan, the passage altogether.
import type { StoredHighlight } from '../store/data-schema.js';

/** Far more than anyone undoes; bounds memory in a long session. */
const KEPT = 200;

export class RemovedHighlights {
  readonly #byKey = new Map<string, StoredHighlight>();

  remember(articleId: string, highlight: StoredHighlight): void {
    this.#byKey.set(`${articleId}/${highlight.id}`, structuredClone(highlight));
    for (const key of this.#byKey.keys()) {
      if (this.#byKey.size <= KEPT) break;
      this.#byKey.delete(key);
    }
  }

  /** The removed highlight, forgotten here once taken (it is back in the store). */
  take(articleId: string, highlightId: string): StoredHighlight | undefined {
    const key = `${articleId}/${highlightId}`;
    const highlight = this.#byKey.get(key);
    this.#byKey.delete(key);
    return highlight;
  }
}
