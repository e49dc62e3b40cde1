// Runs in Node. People edit exported notes. A re-export rewrites only what Lectern generated: the front
// matter keys it owns and the region between two Obsidian comments (hidden in Obsidian's reading view);
// everything the person wrote before or after the region, and their own front matter keys, is kept.
import type * as Yaml from 'yaml';
import { loadOnFirstUse } from '../load-on-first-use.js';

/** Loaded with the first export, not at start-up. */
const yaml = loadOnFirstUse<typeof Yaml>('yaml');

export const BEGIN_MARKER = '%% lectern:begin %%';
export const END_MARKER = '%% lectern:end %%';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export type FrontMatterFields = Record<string, unknown>;

/** The file's front matter as an object; null when there is none or it is not a YAML mapping. */
export function readFrontMatter(text: string): FrontMatterFields | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  try {
    const value: unknown = yaml().parse(match[1] ?? '');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as FrontMatterFields) : null;
  } catch {
    return null;
  }
}

export function frontMatterBlock(fields: FrontMatterFields): string {
  // version 1.1 quotes strings that older YAML readers would read as dates or booleans
  // (published: "2011-05-03"); lineWidth 0 never folds long titles.
  return `---\n${yaml().stringify(fields, { version: '1.1', lineWidth: 0 })}---`;
}

const region = (body: string): string => `${BEGIN_MARKER}\n\n${body.trim()}\n\n${END_MARKER}`;

/** A whole new file: front matter, then the generated region. */
export function newDocument(fields: FrontMatterFields, body: string): string {
  return `${frontMatterBlock(fields)}\n\n${region(body)}\n`;
}

/**
 * `existing` (an earlier export of the same thing) with its generated parts replaced. Lines equal to
 * the markers delimit the region: the first begin line and the last end line, so a marker quoted in a
 * note cannot cut the region short. An earlier export whose markers the person deleted keeps all of
 * its text and gets a fresh region at the end.
 */
export function updateDocument(existing: string, fields: FrontMatterFields, body: string): string {
  const text = existing.replace(/\r\n/g, '\n');
  const oldFields = readFrontMatter(text) ?? {};
  const rest = text.replace(FRONT_MATTER, '');
  const merged: FrontMatterFields = { ...fields };
  for (const [key, value] of Object.entries(oldFields)) if (!(key in fields)) merged[key] = value;

  const lines = rest.split('\n');
  const begin = lines.indexOf(BEGIN_MARKER);
  const end = lines.lastIndexOf(END_MARKER);
  if (begin < 0 || end < begin) {
    const kept = rest.trim();
    return `${frontMatterBlock(merged)}\n\n${kept === '' ? '' : `${kept}\n\n`}${region(body)}\n`;
  }
  const before = lines.slice(0, begin).join('\n').trim();
  const after = lines.slice(end + 1).join('\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return `${frontMatterBlock(merged)}\n\n${before === '' ? '' : `${before}\n\n`}${region(body)}\n${after === '' ? '' : `\n${after}\n`}`;
}
