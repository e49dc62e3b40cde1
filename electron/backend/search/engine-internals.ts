// Runs in Node. The parts of MiniSearch's inverted index that `ranked-query.ts` reads. They are not
// public API, so minisearch is pinned to an exact version in package.json, and this checks their
// shape at run time: if an upgrade changes them, search falls back to MiniSearch's own `search()`
// (slower, never wrong), and the ranking test in search-index.test.ts fails to say so.
import type MiniSearch from 'minisearch';

/** Short document id → how often the word occurs in one field of that document. */
export type Postings = Map<number, number>;
/** Field id → postings of one word. */
export type FieldData = Map<number, Postings>;

interface WordTree {
  get(word: string): FieldData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldData]>;
  fuzzyGet(word: string, maxEdits: number): Map<string, [FieldData, number]>;
}

export interface EngineInternals {
  _index: WordTree;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _nextId: number;
}

function hasShape(value: Record<string, unknown>): boolean {
  const index = value._index as Record<string, unknown> | undefined;
  return (
    typeof index?.get === 'function' &&
    typeof index.atPrefix === 'function' &&
    typeof index.fuzzyGet === 'function' &&
    value._documentIds instanceof Map &&
    value._fieldLength instanceof Map &&
    value._storedFields instanceof Map &&
    Array.isArray(value._avgFieldLength) &&
    typeof value._fieldIds === 'object' &&
    value._fieldIds !== null &&
    typeof value._documentCount === 'number' &&
    typeof value._nextId === 'number'
  );
}

/** The engine seen through its internals, or null when they are not the expected shape. Read the
 * fields at query time: `removeAll()` replaces them. */
export function engineInternals<T>(engine: MiniSearch<T>): EngineInternals | null {
  const value = engine as unknown as Record<string, unknown>;
  return hasShape(value) ? (value as unknown as EngineInternals) : null;
}
