// Runs in Node. The smaller header fields of a page: byline, tags/topics, and a day-and-month date
// when no full date is printed (the body's language is language.ts's). Like metadata.ts, each looks
// only where pages put these (around the headline, in label lines), and returns null or [] rather
// than guessing.
import type { ClassifiedLine } from './boilerplate.js';
import { agencyIn, bareAgency, knownName } from './credits.js';
import { RELATIVE_TIME, findDates, findPartialDate } from './dates.js';
import type { Region } from './region.js';

const HEADER_WINDOW = 40;
/**
 * "By Maren Estrada", "BY: Beachbody", "Written by …", "Author: …", "Von …", "Автор: …"; and the
 * labels that credit the words only with their colon ("Текст: Венера Ерофеева", "Texto: …"): without
 * it they open sentences ("Текст закона …").
 */
const BYLINE = /^(?:(?:(?:written |posted |story |words )?by|author|autor|auteur|автор|von|por|di|oleh)\s*:?\s+|(?:текст|texto)\s*:\s*)(.{2,80})$/iu;
/** The labels of a page's tag lists ("Tags:", "Filed under:", "Темы:"), as alternatives of a pattern. */
export const TAG_LABELS = 'tags?|topics?|keywords?|filed under|related topics?|themen|thèmes|temas|теги|темы|тема';
const TAG_LABEL = new RegExp(String.raw`^(?:${TAG_LABELS})\s*:\s*(.*)$`, 'iu');

/** What follows a byline's names on the same line, from where it starts: a dash ("Tess Bonn - 11/19/19",
 * "Tim Childers - Live Science Contributor"), a handle or an e-mail ("Chaim Gartenberg@cgartenberg",
 * "Megan Rowe meganr@spokesman.com"), a label ("publiziert am"), a figure ("2 days ago"). */
const AFTER_NAMES = /\s[-–—]\s|@|,?\s*\b(?:published|posted|updated|publiziert|veröffentlicht|aktualisiert|publicado|publié)\b|\s\d/iu;
const TRAILING_WEEKDAYS = /(?:,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)+$/iu;
/** An e-mail's name left before its @, after the names ("Megan Rowe meganr"). */
const TRAILING_LOWERCASE_WORD = /\s+\p{Ll}\S*$/u;
/** Words of a name that alone are no one's: a day or a month ("By Tuesday - the deadline - …"), a role. */
const NOT_A_NAME = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|admin|administrator|staff|editor|guest)$/iu;
/** Most words a byline's names take; more when several people sign ("LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"). */
const NAME_WORDS = 6;
const JOINED_NAME_WORDS = 12;

/** A person's or desk's name as printed: letters, a few words, no sentence; what follows it on the line cut off. */
function cleanName(raw: string): string | null {
  let name = raw.split(/\s*[|•·]\s*/u)[0]!;
  const date = findDates(name)[0];
  if (date) name = name.slice(0, date.start);
  const after = AFTER_NAMES.exec(name);
  if (after) name = name.slice(0, after.index);
  // "Louis Jacobson on Monday, " before "November 18th, 2019"; "Sherif Saed, Wednesday, ".
  name = name
    .replace(/[.,;:\s]+$/u, '')
    .replace(TRAILING_WEEKDAYS, '')
    .replace(/\s+(?:on|at)$/iu, '')
    .replace(/[.,;:\s]+$/u, '');
  if (after?.[0] === '@') name = name.replace(TRAILING_LOWERCASE_WORD, '');
  name = name.trim();
  const words = name.split(/\s+/u);
  const joined = / (?:and|&) /u.test(name);
  if (!name || words.length > (joined ? JOINED_NAME_WORDS : NAME_WORDS)) return null;
  // Names are capitalised ("Maren Estrada", "Anthony, Maya and Caroline Ghosn"); a sentence is not.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised === 0 || capitalised < words.length - (joined ? words.filter((w) => w === 'and' || w === '&').length : 1)) return null;
  if (words.length === 1 && NOT_A_NAME.test(name)) return null;
  return bareAgency(name) ? null : name;
}

const BYLINE_OPENERS = new Set(['written', 'posted', 'story', 'words', 'by', 'author', 'autor', 'auteur', 'автор', 'von', 'por', 'di', 'oleh', 'текст', 'texto']);

/** A line that is nothing but a byline ("By Sarah E. Needleman"): credits, never a paragraph. */
export function isBylineLine(text: string): boolean {
  if (text.length > 120) return false;
  // Cheap test first (most lines are not bylines): the first word must be one BYLINE starts with.
  const first = /^\p{L}+/u.exec(text)?.[0]?.toLowerCase();
  if (first === undefined || !BYLINE_OPENERS.has(first)) return false;
  const m = BYLINE.exec(text.trim());
  return m?.[1] !== undefined && cleanName(m[1]) !== null;
}

/** A capitalised word of a name ("Trevor", "J.", "McCoy", "O’Brien"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * Names joined by "and", the last one followed by the outlet's name: "Kevin Johnson and Kevin McCoy
 * USA TODAY", "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader". Headlines in title case
 * share the shape ("Impeachment Woes and DACA Throes"), so such a line signs the story only with a
 * date on the next line (signsWithNames).
 */
const JOINED_NAMES = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD}){1,3})*,?\s+(?:and|&)\s+${NAME_WORD}(?:\s+${NAME_WORD})+$`, 'u');
/** The outlet printed in capitals after the names ("... Kevin McCoy USA TODAY"). */
const CAPITALS_AFTER_NAMES = /(?:\s+\p{Lu}{2,})+$/u;

/** Names joined by "and" with a date on the next line: the story's byline, not a headline. */
export function signsWithNames(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  const joined = line.text.includes(' and ') || line.text.includes(' & ');
  return joined && next !== undefined && (next.dates.length > 0 || next.dateOnly) && JOINED_NAMES.test(line.text);
}

/** What a wire byline calls its writer after the comma ("AP Auto Writer", "CNN Editor-at-large"):
 * a few words (ROLE_PREFIX), then one of ROLE_WORDS. */
export const ROLE_PREFIX = String.raw`(?:[\p{L}.\- ]{0,40}\s)?`;
export const ROLE_WORDS = 'writer|correspondent|reporter|editor(?:-at-large)?|columnist|staff|contributor';
/** The agencies a wire byline names after its names. */
export const WIRE_AGENCIES = 'associated press|ap|reuters|afp';
/** A wire byline without "By": "Tom Krisher, AP Auto Writer", "Analysis by Chris Cillizza, CNN Editor-at-large". */
const WIRE_BYLINE = new RegExp(String.raw`^(?:(?:analysis|opinion|commentary|review)\s+by\s+)?(?<names>[^,]{3,80}),\s*${ROLE_PREFIX}(?:${ROLE_WORDS})$`, 'iu');
/** Two names or more and the agency: "Meg Kinnard and Errin Haines, Associated Press" (one name
 * and an agency is as often a photo's credit: "Al Goldis, Associated Press"). */
const WIRE_NAMES_AGENCY = new RegExp(String.raw`^(?<names>[^,]{3,40}\s(?:and|&)\s[^,]{3,40}),\s*(?:the\s+)?(?:${WIRE_AGENCIES})$`, 'iu');

/** A wire byline's line ("Tom Krisher, AP Auto Writer"): its agency credits the story, it does not name the site. */
export const isWireByline = (text: string): boolean => text.length <= 120 && (WIRE_BYLINE.test(text) || WIRE_NAMES_AGENCY.test(text));

/** The agency a wire byline names after its names ("AP" of "Tom Krisher, AP Auto Writer"), or null. */
export function wireBylineAgency(text: string): string | null {
  return isWireByline(text) ? agencyIn(text.slice(text.lastIndexOf(',') + 1)) : null;
}

/** The names a byline line without "By" gives, or null. */
function namesWithoutBy(line: ClassifiedLine, next: ClassifiedLine | undefined): string | null {
  if (line.length > 120 || !line.text.includes(' ')) return null;
  const wire = WIRE_BYLINE.exec(line.text) ?? WIRE_NAMES_AGENCY.exec(line.text);
  if (wire?.groups?.names) return cleanName(wire.groups.names);
  if (signsWithNames(line, next)) return line.text.replace(CAPITALS_AFTER_NAMES, '');
  return signsAlone(line, next) ? line.text : null;
}

/** A word of a name in title case ("Maren", "McCoy", "O’Brien", "Jean-Luc"), not in capitals ("NASCAR"). */
const TITLE_CASE_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:[-'’]?\p{Lu}[\p{Ll}'’]+)?`;
/** One person's name: a first name and a surname, an initial between them or not ("Maren Estrada",
 * "Trevor J. Mitchell"); three full words are as often a name and a team ("Ben Patton Trinity"). */
const ONE_NAME = new RegExp(String.raw`^${TITLE_CASE_WORD}(?:\s+\p{Lu}\.)?\s+${TITLE_CASE_WORD}$`, 'u');

/** Words of a section's or a desk's label, never of a person's name ("World News", "Staff Reports"). */
const LABEL_WORDS = /\b(?:news|sports?|business|politics|tech(?:nology)?|entertainment|opinion|world|local|health|science|lifestyle|travel|culture|reviews?|features?|markets?|money|breaking|latest|live|exclusive|updated?|staff|reports?|editorial|sponsored|advertisement|video|photos?|home|more|stories|press|media|desk|team)\b/iu;

/** A person's name, not an agency's ("Joseph Hudak" of "Additional reporting by Joseph Hudak"). */
export const isPersonName = (text: string): boolean => ONE_NAME.test(text) && bareAgency(text) === null && !LABEL_WORDS.test(text);

/** A person's name alone on the line over the date ("Maren Estrada" over "November 19th, 2019 at 8:40 AM",
 * "Suzanne Gamboa" over "1 day ago"). */
function signsAlone(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (next === undefined || !(next.dateOnly || (next.length <= 60 && (next.dates.length > 0 || RELATIVE_TIME.test(next.text))))) return false;
  return isPersonName(line.text) && knownName(line.text) === null;
}

/** The byline near the headline (below it first), or in a "date | BY: name" line. */
export function findByline(lines: readonly ClassifiedLine[], titleIndex: number, region: Region): ClassifiedLine | null {
  const withoutStory = Math.min(lines.length, 30); // on every page: see metadata.ts's findTitle
  const end = region.start <= region.end ? region.start : withoutStory;
  const from = Math.max(0, Math.min(titleIndex >= 0 ? titleIndex : end, end) - HEADER_WINDOW);
  let best: ClassifiedLine | null = null;
  for (let i = from; i < end + 3 && i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.length > 120) continue;
    if (namedOnNextLine(line, lines[i + 1]) !== null) {
      best = line;
      if (i > titleIndex) return best;
    }
    for (const part of line.text.split(/\s+\|\s+/u)) {
      const m = BYLINE.exec(part.trim());
      if (m?.[1] && cleanName(m[1])) {
        best = line;
        if (i > titleIndex) return best;
      }
    }
  }
  if (best) return best;
  // Wire and newspaper-network bylines, which print no "By": between the headline and the story.
  for (let i = Math.max(0, titleIndex + 1); i < end && i < lines.length; i++) {
    const line = lines[i];
    if (line && namesWithoutBy(line, lines[i + 1]) !== null) return line;
  }
  return null;
}

/** "By" alone on its line, the name on the next (its link, flattened to text): "By" / "Ryan Reed". */
const BY_ALONE = /^(?:by|von|por|par|di|oleh|author|autor|автор|текст)\s*:?$/iu;
const namedOnNextLine = (line: ClassifiedLine, next: ClassifiedLine | undefined): string | null =>
  next !== undefined && line.length <= 8 && BY_ALONE.test(line.text) ? cleanName(next.text) : null;

/** The names in findByline's line; `next`, the line after it (a date there confirms names alone, the
 * name of a lone "By" is there). */
export function bylineText(line: ClassifiedLine | null, next?: ClassifiedLine): string | null {
  if (!line) return null;
  const after = namedOnNextLine(line, next);
  if (after) return after;
  for (const part of line.text.split(/\s+\|\s+/u)) {
    const m = BYLINE.exec(part.trim());
    const name = m?.[1] ? cleanName(m[1]) : null;
    if (name) return name;
  }
  return namesWithoutBy(line, next);
}

/** Tag and topic label lines anywhere outside the body, and the tags they list. */
export function findTags(lines: readonly ClassifiedLine[], body: ReadonlySet<number>): { lines: ClassifiedLine[]; tags: string[] } {
  const found: ClassifiedLine[] = [];
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (body.has(line.index) || line.length > 400) continue;
    const m = TAG_LABEL.exec(line.text);
    if (!m?.[1]) continue;
    found.push(line);
    for (const raw of m[1].split(/\s*[,;|]\s*/u)) {
      const tag = raw.trim();
      if (tag.length === 0 || tag.length > 60 || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return { lines: found, tags };
}

/**
 * findPartialDate of a line, or of one of its parts when it prints several ("Updated Nov 19, 6:55
 * AM;Posted Nov 19, 6:51 AM"): the one that says when the story was posted, else the first.
 */
function partialDateOfParts(text: string): string | null {
  const whole = findPartialDate(text);
  if (whole || !/[;|]/u.test(text)) return whole;
  const parts = text.split(/\s*[;|]\s*/u);
  const posted = parts.find((part) => /^(?:posted|published)\b/iu.test(part));
  return (posted ? findPartialDate(posted) : null) ?? parts.map(findPartialDate).find((value) => value !== null) ?? null;
}

/** "MM-DD" from a date-only line just around the headline, when no full date was found. */
export function findPublishedPartial(lines: readonly ClassifiedLine[], titleIndex: number, region: Region): { value: string; line: ClassifiedLine } | null {
  const withoutStory = Math.min(lines.length, 30); // on every page: see metadata.ts's findTitle
  const end = region.start <= region.end ? region.start : withoutStory;
  const anchor = titleIndex >= 0 ? titleIndex : end;
  for (let i = Math.max(0, anchor - 5); i < Math.min(lines.length, end + 1); i++) {
    const line = lines[i];
    const value = line ? partialDateOfParts(line.text) : null;
    if (line && value) return { value, line };
  }
  return null;
}
