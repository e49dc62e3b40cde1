// Runs in Node. How extraction is scored, as the article-extraction benchmarks do it: the body as a
// bag (multiset) of lowercase word tokens, precision/recall/F1 against a gold body; and the headline
// and site against the page's URL, which the dev gold has where it has no headline or site. Shared by
// the eval script and the regression test so both measure exactly the same thing.
import { wordTokens } from './text-utils.js';

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of wordTokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function bagF1(predicted: string, gold: string): BodyScore {
  const p = bag(predicted);
  const g = bag(gold);
  let overlap = 0;
  let pn = 0;
  let gn = 0;
  for (const n of p.values()) pn += n;
  for (const n of g.values()) gn += n;
  for (const [t, n] of p) overlap += Math.min(n, g.get(t) ?? 0);
  if (pn === 0 && gn === 0) return { f1: 1, precision: 1, recall: 1 };
  if (pn === 0 || gn === 0 || overlap === 0) return { f1: 0, precision: pn ? overlap / pn : 0, recall: gn ? overlap / gn : 0 };
  const precision = overlap / pn;
  const recall = overlap / gn;
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Whether an extracted site plausibly names the page's host (the dev gold has the URL, not the
 * site's name): the host's name ("theguardian" of www.theguardian.com) and the site's letters
 * ("The Guardian") contain one another, or the site's first word opens the host's name ("CBS
 * Interactive" and cbssports.com). A publisher's company name sharing nothing with the host
 * ("Hearst Communications" on ctpost.com) does not fit: the reader knows the site, not its owner.
 */
export function siteFitsHost(site: string, url: string): boolean {
  const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
  // The registrable name: before the suffix, which is two labels in co.uk, com.br and the like.
  const twoLevelSuffix = labels.length >= 3 && /^(co|com|org|net|gov|ac|edu|ne|or)$/.test(labels.at(-2) ?? '') && (labels.at(-1) ?? '').length === 2;
  const host = (twoLevelSuffix ? labels.at(-3) : labels.at(-2)) ?? '';
  const letters = site.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const first = site.toLowerCase().split(/[^\p{L}\p{N}]+/u).find((word) => word.length > 0) ?? '';
  return letters.includes(host) || (letters.length >= 3 && host.includes(letters)) || (first.length >= 3 && host.startsWith(first));
}

/**
 * A text's words as a URL's slug has them: without accents ("Fantástica" is "fantastica"), split at
 * every character that is not a letter or a digit, apostrophes too (not as wordTokens splits).
 */
const words = (text: string): string[] =>
  text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** The words of the URL's slug ("republicans-elections-impeachment"), its longest hyphenated part. */
export function slugWords(url: string): string[] {
  const parts = new URL(url).pathname.split('/').map((part) => part.replace(/\.\w+$/, ''));
  const slug = parts.filter((part) => /[a-z]{3,}.*[-_].*[a-z]{3,}/i.test(part)).sort((a, b) => b.length - a.length)[0] ?? '';
  return words(slug.replace(/[-_]/g, ' ')).filter((w) => !/^\d+$/.test(w));
}

/**
 * Whether the headline found fits the URL's slug (the dev gold has no headlines, but most URLs spell
 * theirs out): at least half the slug's words are in it.
 */
export function titleFitsSlug(title: string | null, slug: readonly string[]): boolean {
  if (!title) return false;
  const present = new Set(words(title));
  return slug.filter((w) => present.has(w)).length >= slug.length / 2;
}

/**
 * The day a URL carries ("/2019/11/19/", "/2019-11-19/", "201911181077343476"), as YYYY-MM-DD, or
 * null. News URLs often print the day of publication, which the dev gold lacks.
 */
export function urlDay(url: string): string | null {
  const m = /\/(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/-]|\d)/u.exec(new URL(url).pathname);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Whether a published date fits the URL's day: the same day or the next or the one before, since a
 * page prints its own time zone's day and the URL another's.
 */
export function dateFitsUrlDay(published: string | null, day: string): boolean {
  if (!published) return false;
  const apart = Math.abs(Date.parse(published.slice(0, 10)) - Date.parse(day)) / 86_400_000;
  return apart <= 1;
}
