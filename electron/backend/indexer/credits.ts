// Runs in Node. Who published and who is credited: credit lines ("Source: Xinhua", "Based on
// reporting by AP and dpa"), agency datelines ("BRUSSELS, January 31 (RIA Novosti) –") and a small
// gazetteer of news agencies and outlets, used to recognise a bare name in the page's chrome.
//
// The gazetteer is world knowledge, not a per-site rule: it only helps when the page shows a name
// without any pattern around it. Extend it freely; matching is whole-name and case-sensitive.

/** News agencies: a bare one of these near the headline is a credit, not the site. */
export const AGENCIES: readonly string[] = [
  'Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'Xinhua', 'RIA Novosti', 'TASS',
  'ITAR-TASS', 'Interfax', 'dpa', 'DPA', 'UPI', 'Bloomberg', 'Kyodo', 'Yonhap', 'ANSA', 'EFE', 'PTI',
  'IANS', 'ANI', 'Anadolu Agency', 'Sputnik', 'Bernama', 'AAP', 'Canadian Press', 'Press Association',
  'Ukrinform', 'UNIAN', 'IRNA', 'KUNA', 'WAM', 'Prensa Latina', 'Europa Press', 'CNA', 'Kyodo News',
];

/** Outlets that may show only their name (masthead, footer) with no domain or copyright line. */
export const OUTLETS: readonly string[] = [
  'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Voice of America', 'VOA', 'BBC', 'CNN', 'Al Jazeera',
  "People's Daily", 'China Daily', 'Global Times', 'Deutsche Welle', 'Euronews', 'The Guardian',
  'The New York Times', 'The Washington Post', 'The Moscow Times', 'Kyiv Post', 'RT', 'NPR', 'Fox News',
  'CBS News', 'NBC News', 'ABC News', 'Financial Times', 'The Wall Street Journal', 'The Economist',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The names, longest first, each not followed by a letter or digit (the start is checked by wholeName). */
const nameRegex = (names: readonly string[]): RegExp =>
  new RegExp(`(${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const AGENCY_NAME = nameRegex(AGENCIES);
const ANY_NAME = nameRegex([...AGENCIES, ...OUTLETS]);
/** A letter or digit (a whole code point) at the end of a text. */
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/**
 * The first of the names that stands as a whole word, as a regex with the lookbehind
 * (?<![\p{L}\p{N}]) in front would find it: where a name follows a letter, no name can start there,
 * and the search goes on from the next position. Why not that lookbehind: in front of the
 * alternation, it kept V8 from skipping ahead to where a name could start, and searching the page's
 * lines for a name took three times as long.
 */
function wholeName(names: RegExp, line: string): RegExpExecArray | null {
  names.lastIndex = 0;
  for (let m = names.exec(line); m; m = names.exec(line)) {
    if (!ENDS_IN_WORD.test(line.slice(Math.max(0, m.index - 2), m.index))) return m;
    names.lastIndex = m.index + 1;
  }
  return null;
}

/** First gazetteer name (agency or outlet) in a line, as written. */
export function knownName(line: string): string | null {
  return wholeName(ANY_NAME, line)?.[1] ?? null;
}

/** First agency named in a text, as written ("AP" in "AP Auto Writer"). */
export function agencyIn(text: string): string | null {
  return wholeName(AGENCY_NAME, text)?.[1] ?? null;
}

/** The line is just an agency's name (a byline-style credit), e.g. "RIA Novosti". */
export function bareAgency(line: string): string | null {
  const m = wholeName(AGENCY_NAME, line);
  return m && m[0].length === line.replace(/[.,;:]$/, '').trim().length ? m[1] ?? null : null;
}

/** A sentence's end, then initials ("… into the US. PTI", "… on Monday. IANS"). */
const SIGN_OFF = /[.!?]["'”’]?\s+(\p{Lu}{2,6})$/u;

/** The agency that signs a story's last paragraph ("… to sneak into the US. PTI" → "PTI"), or null. */
export function signOffAgency(paragraph: string): string | null {
  const initials = SIGN_OFF.exec(paragraph)?.[1];
  return initials ? bareAgency(initials) : null;
}

/** "AP and dpa" → "AP, dpa": several credits become one comma-separated list. */
/** What a credit's date leaves among its names once split at commas ("October 25", "2019"). */
const DATE_PART = /^(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+\p{L}{3,9}|\d{4})$/u;

export function normaliseCredit(raw: string): string | null {
  const parts = raw
    .replace(/\.$/, '')
    .split(/\s*(?:,|;|\/|&|\band\b|\bwith\b)\s*/i)
    .map((p) => p.replace(/^(the|by)\s+/i, '').trim())
    .filter((p) => p.length > 0 && p.length <= 40 && !DATE_PART.test(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

const CREDIT_PATTERNS: RegExp[] = [
  /^(?:source|sources|credit|via)\s*:\s*(.{2,80})$/i,
  /^(?:\(?\s*)?(?:based on|with|additional)\s+(?:additional\s+)?reporting\s+(?:by|from)\s+(.{2,80}?)\)?\.?$/i,
  // "RIA Novosti, PUBLISHED February 03, 2013" — an agency named where a byline goes.
  /^(.{2,40}?),\s*(?:published|posted)\b.*$/i,
];

/** A credit line's agency text, e.g. "Source: Xinhua" → "Xinhua"; null if the line is not one. */
export function creditLine(line: string): string | null {
  if (line.length > 120) return null;
  for (const pattern of CREDIT_PATTERNS) {
    const m = pattern.exec(line);
    if (m?.[1]) return normaliseCredit(m[1]);
  }
  return null;
}

/**
 * What either pattern needs, tested first because classifying asks it of many lines of prose: a
 * DATELINE's second character is a capital or one of its marks, a SOFT_DATELINE has a bracket.
 */
function mayOpenWithDateline(text: string): boolean {
  const c = text.charCodeAt(1);
  return c > 127 || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 46 || text.includes('(');
}

/**
 * Dateline at the start of a paragraph: "BRUSSELS, January 31 (RIA Novosti) – ..." gives city
 * "BRUSSELS" and agency "RIA Novosti"; "WASHINGTON —" gives the city alone. A mixed-case city is
 * accepted only with an agency in brackets, so ordinary sentences ("Russia, meanwhile, ...") never match.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3})(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2})?(?:\s*\(([^()]{2,40})\)\s*[-–—]{1,2}|\s+[-–—]{1,2})\s/u;
const SOFT_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*\(([^()]{2,40})\)\s*[-–—]{1,2}\s/u;

export function dateline(paragraph: string): { city: string; agency: string | null } | null {
  return mayOpenWithDateline(paragraph) ? datelineByPatterns(paragraph) : null;
}

/** dateline without the first test: what the test of mayOpenWithDateline compares it with. */
export function datelineByPatterns(paragraph: string): { city: string; agency: string | null } | null {
  const m = DATELINE.exec(paragraph);
  if (m?.[1] && m[1].replace(/[^\p{L}]/gu, '').length >= 3) {
    return { city: m[1].replace(/[.,]$/, ''), agency: m[2]?.trim() ?? null };
  }
  const soft = SOFT_DATELINE.exec(paragraph);
  if (soft?.[1] && soft[2]) return { city: soft[1], agency: soft[2].trim() };
  return null;
}
