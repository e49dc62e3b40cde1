// Runs in Node. Reads metadata fields out of a loose key/value record (YAML front matter, HTML meta
// tags): people and tools spell the same field many ways ("date", "published", "pubDate").
import { findDates, findPartialDate } from '../dates.js';

export type Fields = Record<string, unknown>;

/** First non-empty string among the keys (case-insensitive), from a string or a list's first item. */
export function pick(fields: Fields, keys: readonly string[]): string | null {
  const lower = new Map(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    let value = lower.get(key.toLowerCase());
    if (Array.isArray(value)) value = value[0];
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'number') value = String(value);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/** A list field ("tags: [a, b]" or "tags: a, b"). */
export function pickList(fields: Fields, keys: readonly string[]): string[] {
  const lower = new Map(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
  const out: string[] = [];
  for (const key of keys) {
    const value = lower.get(key.toLowerCase());
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*[,;]\s*/u) : [];
    for (const item of items) {
      const tag = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : '';
      if (tag && !out.some((t) => t.toLowerCase() === tag.toLowerCase())) out.push(tag);
    }
  }
  return out;
}

/** "2013-01-31T19:43:00Z", "January 31, 2013" → "2013-01-31T19:43"; a date without a year → partial. */
export function normaliseDate(raw: string | null): { published: string | null; partial: string | null } {
  if (!raw) return { published: null, partial: null };
  const full = findDates(raw)[0]?.value ?? null;
  return { published: full, partial: full ? null : findPartialDate(raw) };
}

/** "en-US" → "en". */
export function languageCode(raw: string | null): string | null {
  const m = raw ? /^([a-z]{2,3})(?:[-_].*)?$/iu.exec(raw.trim()) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}
