// Runs in Node. Finds publication-date expressions in a line and turns them into "YYYY-MM-DD" or
// "YYYY-MM-DDTHH:MM".
//
// Hand-written rather than chrono-node (which we may not add): news pages print dates in a handful
// of shapes ("19:43 31/01/2013", "PUBLISHED February 03, 2013", "16:14, June 07, 2011",
// "20 Nov, 2019 05:47", ISO), and we must never invent a missing year, which a general-purpose
// natural-language parser does by design ("April 19" → this year). Only complete dates are returned.

export interface FoundDate {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  value: string;
  /** Character span of the match, to tell a date-only line from a sentence mentioning a date. */
  start: number;
  end: number;
}

/** Which order an all-numeric date like 03/04/2013 uses; decided per page (see slashOrder). */
export type SlashOrder = 'dmy' | 'mdy' | 'unknown';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/**
 * Month names of the other languages the corpus and the seeds' sites use (German, French, Spanish,
 * Italian, Portuguese, Indonesian, Russian in the genitive and nominative), full words only: a
 * three-letter prefix would collide across languages ("mar" is March and "mar" is Spanish for sea).
 */
const FOREIGN_MONTHS: readonly string[] = [
  'januar jänner janvier enero gennaio janeiro januari января январь',
  'februar février febrero febbraio fevereiro februari февраля февраль',
  'märz mars marzo março maret марта март',
  'april avril abril aprile апреля апрель',
  'mai mayo maggio maio mei мая май',
  'juni juin junio giugno junho июня июнь',
  'juli juillet julio luglio julho июля июль',
  'august août agosto agustus августа август',
  'september septembre septiembre settembre setembro сентября сентябрь',
  'oktober octobre octubre ottobre outubro октября октябрь',
  'november novembre noviembre novembro ноября ноябрь',
  'dezember décembre diciembre dicembre dezembro desember декабря декабрь',
];
/**
 * The other languages' abbreviations ("02 Ago 2017", "24 сен 2018"), those that are no English
 * month's prefix and so cannot be read as another month; a date's shape (day, month, year) keeps
 * their other senses ("out", "set") from matching alone. One entry per month, January first (May's
 * names are short enough to be written whole).
 */
const FOREIGN_ABBREVIATIONS: readonly string[] = [
  'ene янв', 'fev фев', 'mär mrz', 'abr апр', '', 'giu июн', 'lug июл', 'ago авг', 'set сен', 'okt ott out окт', 'ноя', 'dic dez дек',
];
const FOREIGN: ReadonlyMap<string, number> = new Map(
  [FOREIGN_MONTHS, FOREIGN_ABBREVIATIONS].flatMap((table) =>
    table.flatMap((names, i) => names.split(' ').filter(Boolean).map((name): [string, number] => [name, i + 1])),
  ),
);

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return FOREIGN.get(lower) ?? MONTHS[lower.slice(0, 3)] ?? 0;
}

/** Month names and abbreviations (the alternatives only; each pattern wraps them in a group). */
const MONTH = [...FOREIGN.keys()].sort((a, b) => b.length - a.length).join('|') +
  String.raw`|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/**
 * A year's end: a word boundary, or a clock or a capital glued to it ("PUBLISHED TUE, NOV 19
 * 20197:05 AM EST" as CNBC's header reads once its elements are flattened to text, "21:17
 * 18.11.2019Get short URL" as RT's does).
 */
const YEAR_END = String.raw`(?:\b|(?=\d{1,2}:\d{2})|(?=\p{Lu}))`;

// Each pattern names its groups so one converter handles all shapes.
const PATTERNS: RegExp[] = [
  // 2013-01-31, 2013-01-31T19:43, 2013-01-31 19:43; year first with dots or slashes too (2016.12.01,
  // 2019/11/19: never day before month), and in CJK (2013年04月09日, 2019년 11월 19일)
  new RegExp(String.raw`\b(?<y>\d{4})(?:(?<sep>[-./])(?<mo>\d{1,2})\k<sep>(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2}))?${YEAR_END}|[年년]\s?(?<mo2>\d{1,2})[月월]\s?(?<d2>\d{1,2})[日일])`, 'iu'),
  // 19:43 31/01/2013 (time first)
  new RegExp(String.raw`\b(?<h>\d{1,2}):(?<mi>\d{2}),?\s+(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})${YEAR_END}`, 'iu'),
  // 31/01/2013, 31.01.2013 19:43
  new RegExp(String.raw`\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})(?:,?\s+(?<h>\d{1,2}):(?<mi>\d{2}))?${YEAR_END}`, 'iu'),
  // 11/19/19 06:56 AM: a two-digit year, only with a clock after it (alone it could be a score or a
  // fraction); the slash order as for four digits
  new RegExp(String.raw`\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<yy>\d{2})\s+(?<h>\d{1,2}):(?<mi>\d{2})\b\s*(?:(?<ap>[ap])\.?m\b\.?)?`, 'iu'),
  // 16:14, June 07, 2011 | June 7, 2011 at 4:14 pm | PUBLISHED February 03, 2013
  new RegExp(String.raw`(?:\b(?<h>\d{1,2}):(?<mi>\d{2})\s*(?:(?<ap>[ap])\.?m\.?)?,?\s+)?(?<![\p{L}])(?<mon>${MONTH})(?![\p{L}])\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})${YEAR_END}(?:,?\s*(?:at\s+)?(?<h2>\d{1,2}):(?<mi2>\d{2})\s*(?:(?<ap2>[ap])\.?m\.?)?)?`, 'iu'),
  // 20 Nov, 2019 05:47 | 31 January 2013 | 30. März 2015 | 30 de março de 2015
  new RegExp(String.raw`\b(?<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?<mon>${MONTH})(?![\p{L}])\.?,?\s+(?:de\s+)?(?<y>\d{4})${YEAR_END}(?:,?\s*(?:at\s+)?(?<h2>\d{1,2}):(?<mi2>\d{2})\s*(?:(?<ap2>[ap])\.?m\.?)?)?`, 'iu'),
];

/** Compiled once: the month alternation is long, and findDates runs on every line of every page. */
const GLOBAL_PATTERNS = PATTERNS.map((p) => new RegExp(p.source, 'giu'));

/**
 * For each pattern, what any match of it contains, without the month alternation: a line of prose
 * that mentions a year ("in 2013") is ruled out by these, where the patterns tried the long
 * alternation of month names at every letter. Every month name is letters (\p{L}).
 */
const SLASH_DATE = /\d[/.]\d{1,2}[/.]\d{4}/u;
const SHORT_YEAR_SLASH_DATE = /\d\/\d{1,2}\/\d{2}\s+\d{1,2}:\d{2}/u;
const MUST_HAVE: readonly RegExp[] = [
  /\d{4}(?:[-./]|[年년]\s?)\d/u,
  SLASH_DATE,
  SLASH_DATE,
  SHORT_YEAR_SLASH_DATE,
  // month, day, year: "June 07, 2011"
  /\p{L}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/iu,
  // day, month, year: "20 Nov, 2019", "30 de março de 2015"
  /\d(?:st|nd|rd|th|\.)?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}/iu,
];

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function hour(h: string | undefined, mi: string | undefined, ap: string | undefined): string | null {
  if (h === undefined || mi === undefined) return null;
  let hh = Number(h);
  const mm = Number(mi);
  if (ap) {
    if (hh < 1 || hh > 12) return null;
    if (ap.toLowerCase() === 'p' && hh < 12) hh += 12;
    if (ap.toLowerCase() === 'a' && hh === 12) hh = 0;
  }
  if (hh > 23 || mm > 59) return null;
  return `${pad(hh)}:${pad(mm)}`;
}

/** "3 hours ago", "1 day ago": when a story or a teaser was posted, relative to the capture. */
export const RELATIVE_TIME = /^(about |over )?(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i;

/** Hoisted: a pattern literal makes a new object each time it is reached, and this one is asked of every line. */
const FOUR_DIGITS = /\d{4}/;

/** Complete dates in one line, left to right, not overlapping. */
export function findDates(line: string, order: SlashOrder = 'unknown'): FoundDate[] {
  // Every shape but one has a four-digit year: most lines have none, and skip the long month
  // alternation. The other has a slash before its two-digit year.
  if (!FOUR_DIGITS.test(line) && !(line.includes('/') && SHORT_YEAR_SLASH_DATE.test(line))) return [];
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  for (let p = 0; p < GLOBAL_PATTERNS.length; p++) {
    const pattern = GLOBAL_PATTERNS[p];
    if (!pattern || !MUST_HAVE[p]?.test(line)) continue;
    for (const m of line.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const g = m.groups ?? {};
      // A two-digit year is this century's below 70, as POSIX reads one (strptime's %y).
      const y = g.yy === undefined ? Number(g.y) : Number(g.yy) + (Number(g.yy) < 70 ? 2000 : 1900);
      let mo: number;
      let d: number;
      if (g.mon !== undefined) {
        mo = monthNumber(g.mon);
        d = Number(g.d);
      } else if (g.a !== undefined && g.b !== undefined) {
        const a = Number(g.a);
        const b = Number(g.b);
        // Day-first unless the page shows otherwise; an undecidable 03/04 is left out (never guessed).
        if (a > 12 || (a === b)) [d, mo] = [a, b];
        else if (b > 12) [mo, d] = [a, b];
        else if (order === 'dmy') [d, mo] = [a, b];
        else if (order === 'mdy') [mo, d] = [a, b];
        else continue;
      } else {
        mo = Number(g.mo ?? g.mo2);
        d = Number(g.d ?? g.d2);
      }
      if (!valid(y, mo, d)) continue;
      const time = hour(g.h, g.mi, g.ap) ?? hour(g.h2, g.mi2, g.ap2);
      const value = `${y}-${pad(mo)}-${pad(d)}` + (time ? `T${time}` : '');
      found.push({ value, start, end });
      taken.push([start, end]);
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * The page's own convention for numeric dates: any unambiguous one (13/01/2013 or 01/13/2013)
 * tells how to read the ambiguous ones. Comments and footers count: same site, same format. A page
 * with ambiguous ones only is read by its words: "12/04/2011" above "LISBON, April 12 –" is
 * day-first (see orderByNamedDays).
 */
export function slashOrder(text: string): SlashOrder {
  let dmy = 0;
  let mdy = 0;
  const ambiguous: Array<[number, number]> = [];
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}\b|\d{2}\s+\d{1,2}:\d{2})/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
    else if (a !== b && a >= 1 && b >= 1) ambiguous.push([a, b]);
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  if (dmy === 0 && mdy === 0 && ambiguous.length > 0) return orderByNamedDays(text, ambiguous);
  return 'unknown';
}

/**
 * A day's number ("April 12", "Apr. 12", "12 April", "30 de março"): the words beside each one are
 * read and looked up in MONTH_WORDS. Numbers are fewer than words; the month alternation tried at
 * every letter of a page cost 5 % of a page's extraction on the pages that need this, and a pattern
 * starting at every word (a month or not) more.
 */
const DAY_NUMBER = /(?<!\d)\d{1,2}(?!\d)/g;
/** The word before a day's number, within the few characters before it. */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;
const BEFORE_WINDOW = 24;
/** The word after a day's number (sticky: read from the number's end). */
const WORD_AFTER = /(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)/uy;
/** Every month name and abbreviation MONTH matches, lowercased. */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...FOREIGN.keys(),
  ...'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' '),
]);

/**
 * Reads ambiguous numeric dates (a/b, both ≤ 12) by the days the page names in words: a page that
 * says "April 12" and prints 12/04/2011 is day-first. Only one reading may match, or none is chosen.
 */
function orderByNamedDays(text: string, ambiguous: ReadonlyArray<readonly [number, number]>): SlashOrder {
  const named = new Set<number>();
  for (const m of text.matchAll(DAY_NUMBER)) {
    const day = Number(m[0]);
    const from = Math.max(0, m.index - BEFORE_WINDOW);
    const before = WORD_BEFORE.exec(text.slice(from, m.index));
    // A word cut by the window's start is not read (it could end like a month: "remarch").
    const wordBefore = before && (before.index > 0 || from === 0) ? before[1] : undefined;
    WORD_AFTER.lastIndex = m.index + m[0].length;
    const wordAfter = WORD_AFTER.exec(text)?.[1];
    for (const word of [wordBefore, wordAfter]) {
      const lower = word?.toLowerCase();
      if (lower !== undefined && MONTH_WORDS.has(lower)) named.add(monthNumber(lower) * 100 + day);
    }
  }
  let dmy = 0;
  let mdy = 0;
  for (const [a, b] of ambiguous) {
    if (named.has(b * 100 + a)) dmy++;
    if (named.has(a * 100 + b)) mdy++;
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return 'unknown';
}

/** True when the line is nothing but a date/time (plus separators or a "Published" style cue). */
export function isDateLine(line: string, dates: readonly FoundDate[]): boolean {
  if (dates.length === 0) return false;
  let rest = line;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + rest.slice(d.end);
  rest = rest.replace(/\b(published|posted|updated|last updated|on|at|date|gmt|utc|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[ecmp][sd]?t|[ap]\.?m\.?)(?![\p{L}])/giu, '');
  return !/\p{L}{2,}/u.test(rest.replace(/\d{1,2}:\d{2}/g, ''));
}

/**
 * A line that states only a day and month ("April 19", "19 April, 14:05", "Posted on Monday, April
 * 19"): returns "MM-DD". Used only when no full date exists; the year is never filled in.
 */
export function findPartialDate(line: string): string | null {
  if (line.length > 60) return null;
  const trimmed = line
    .replace(/^(published|posted|updated|last updated|date)\s*(on)?\s*:?\s*/iu, '')
    .replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/iu, '')
    .replace(/,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|utc)?$/iu, '')
    .trim();
  const m = PARTIAL_MONTH_DAY.exec(trimmed) ?? PARTIAL_DAY_MONTH.exec(trimmed);
  if (!m?.groups?.mon || !m.groups.d) return null;
  const mo = monthNumber(m.groups.mon);
  const d = Number(m.groups.d);
  if (mo === 0 || d < 1 || d > new Date(Date.UTC(2000, mo, 0)).getUTCDate()) return null;
  return `${pad(mo)}-${pad(d)}`;
}
const LEADING_MONTH_DAY = new RegExp(String.raw`^(?:${MONTH})(?![\p{L}])\.?\s+\d{1,2}(?!\d)`, 'iu');

/** The line opens with a month and a day ("June 9 – Tampa, FL", "Aug. 14 -- St. Louis"): a dated list entry. */
export function startsWithMonthDay(line: string): boolean {
  return LEADING_MONTH_DAY.test(line);
}
const PARTIAL_MONTH_DAY = new RegExp(String.raw`^(?<mon>${MONTH})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?$`, 'iu');
const PARTIAL_DAY_MONTH = new RegExp(String.raw`^(?<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?<mon>${MONTH})$`, 'iu');
