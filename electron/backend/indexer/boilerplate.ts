// Runs in Node. jusText-like classification of lines into good / near-good / short / bad, using
// general signals only: length, sentence punctuation, function-word density, menu and share-bar
// shapes, label prefixes, copyright lines, repetition across the page. Also marks "cue" lines that
// usually end an article (related lists, comments, credits), which region.ts turns into penalties.
import type { Line } from './lines.js';
import { creditLine, dateline } from './credits.js';
import { RELATIVE_TIME, findDates, isDateLine, type FoundDate } from './dates.js';
import { isBylineLine } from './header-fields.js';
import { dataListLines } from './lists.js';

export type LineClass = 'good' | 'near-good' | 'short' | 'bad';

/** How strongly a line suggests that the article is over (0 = not at all). */
export type EndCue = 0 | 1 | 2;

export interface ClassifiedLine extends Line {
  cls: LineClass;
  /** Shape-based junk (menus, share bars, labels, dates, copies): never body, even inside the story. */
  junk: boolean;
  endCue: EndCue;
  /** Opens a reader-comments section ("Leave a comment", "12 Comments"). */
  commentCue: boolean;
  copyright: boolean;
  /** Nothing but a date or time stamp ("Wednesday November 20, 2019"). */
  dateOnly: boolean;
  /** Credited agency text if the line is a credit line ("Source: Xinhua"). */
  credit: string | null;
  /** An entry of a data list (tour dates, a standings table; see lists.ts): the story's own data. */
  listItem: boolean;
  /** findDates of the text (slash dates of undecided order left out): found once, read by the header's readers. */
  dates: readonly FoundDate[];
}

// jusText's thresholds, adapted: news paragraphs are often one sentence of 80–200 characters.
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
/** Share of function words from which a line reads as a sentence (region.ts and story-edges.ts too). */
export const DENSITY_LOW = 0.2;
const DENSITY_HIGH = 0.28;
/** The longest line read as a date line over a story (its date, its byline): a longer one with a date in it is prose. */
export const DATE_LINE_LENGTH = 100;
/** Function words of a sentence crowded with names and figures (see baseClass). */
const DENSITY_OF_NAMED_PROSE = 0.15;

/** Words of page chrome: a short line made mostly of these is a control, not prose. */
const UI_WORDS = new Set(
  `share shares sharing print email e mail tweet facebook twitter whatsapp linkedin pinterest reddit telegram
  vk instagram youtube flipboard subscribe subscription comments comment forum rss send friend to blog add save
  like follow us on more read login log in sign up register search menu home contacts contact about next
  previous prev back top close skip content advertisement advertising ad ads sponsored newsletter copy link
  url get short font size text the this article story page your a of and or via feedback help privacy
  policy terms use cookies accept settings edit reply report replies view all show hide open app download
  store google play watch listen video photo photos gallery podcast live news latest breaking opinion
  weekly review editor's pick hot discussion accessibility links permalink embed translate`.split(/\s+/),
);

const LABEL = /^(tags?|topics?|keywords?|categor(?:y|ies)|filed under|section|rubric|related topics?|see also|read more|read also|also read|more on|photo|photos|image|video|credits?|caption|posted in|share(?: this)?|follow us|subscribe)\s*:/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;

/**
 * What every COPYRIGHT match has in the lowercased line (its letters are ASCII, which a
 * case-insensitive match without the u flag compares by plain case): most lines are ruled out by
 * these searches, not by the regex scanning them for "all rights reserved".
 */
function mayBeCopyright(lower: string): boolean {
  return lower.startsWith('©') || lower.startsWith('(c)') || lower.startsWith('copyright') || lower.includes('all rights reserved');
}
/** A photo's credit opening its caption: "©" and a name, not a year ("© 2019 …"). */
const NAME_AFTER_MARK = /^©\s*\p{Lu}/u;
/**
 * "© John Brecher Needle poking skin during administration of flu shot at …": a photo's caption that
 * opens with its credit, inside the story (a sentence, with function words, not the rights reserved).
 * Junk, but not the footer's copyright line that ends a story.
 */
const creditedCaption = (line: Line): boolean =>
  line.length > 80 && line.sentenceEnd && line.density >= DENSITY_LOW && NAME_AFTER_MARK.test(line.text) && !line.lower.includes('rights reserved');
const BULLET = /^[•·▪►▸●○◦■□✓»]\s*/u;
const INLINE_LINK = /^(don'?t miss|trending now|also on|also read|read also|read more|see also|related|recommended|watch|listen|more|advertisement|sponsored|click here|learn more)\b/i;
/** The same "read also" link in the other languages the captures come in (it, pt, es, fr, de, ru). */
const FOREIGN_INLINE_LINK = /^(leggi anche|leia (também|mais)|veja (também|mais)|lea también|lee también|ver también|(à )?lire aussi|lesen sie auch|mehr zum thema|читайте также)(?![\p{L}])/iu;

const STRONG_END = [
  /^(other|more|latest|related|recommended|popular|trending|similar|recent|top|further|must)\b.{0,30}\b(news|stories|articles|posts|reading|headlines|coverage|content|videos|from|read)\b/i,
  /^most (read|popular|viewed|shared|commented|emailed)\b/i,
  /^(you|we think you) (may|might|will|could) (also )?(like|enjoy|be interested)/i,
  /^(read next|what to read next|up next|more from|around the web|from the web|from our partners|sponsored (content|stories|links)|promoted (content|stories)|recommended for you)\b/i,
  /^like this (story|article)\b/i,
  // "You may also like", "Related articles", "Most read" in the other languages of the captures.
  /^(você (também )?pode gostar|(também )?pode (te |lhe )?interessar|(también )?te (puede|podría) (gustar|interesar)|vous aimerez (aussi|peut-être)|das könnte (sie|dich) auch interessieren|(ti )?potrebbe(ro)? (anche )?interessar(ti|e))/iu,
  /^((artigos|notícias|matérias|posts) relacionad[oa]s|(artículos|noticias) relacionad[oa]s|articles? (similaires|connexes)|ähnliche (artikel|beiträge)|articoli correlati|mais lidas|más leíd[oa]s|les plus lus|meistgelesen|più lett[ie])(?![\p{L}])/iu,
];
/** The heading of the writer's box under the story: "About the author", "Sobre Carlos Nadalim", "Über Moritz Bachmann". */
const AUTHOR_BOX = /^(?:About|Sobre|Über|À propos de) (?:the author|o autor|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})$/u;
const COMMENT_CUE = [
  /^(comments?|leave a (comment|reply)|add (a |your )?comment|post (a )?comment|write a comment|reader comments|readers'? comments|join the (discussion|conversation)|discussion|have your say|comments? \(\d+\))\W*$/i,
  // "34 responses to “Title”", "[ 167 comments ]", "Top Rated Comments", "View all 12 comments"
  /^\W*\d+\s+(comments?|responses?|replies|reactions)\b/i,
  /^(top rated|newest|oldest|best|latest|view all|show all|show|load|read|see)\s+(\d+\s+)?comments?\b/i,
  // A comment's author line: "thelastchargersfan says:", "C. M. wrote:"
  /^\S+(?: \S+){0,2} (says|wrote|commented):?$/i,
];
/**
 * Each list as one pattern per set of flags, the alternatives side by side: a line is asked of every
 * pattern in turn otherwise, and most lines of 80 characters or fewer are asked all eleven.
 * Anchored alternatives match where one of them would, so the answer is the same (they are only
 * asked with `test`: the groups' numbers, which change, are never read).
 */
function anyOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const { source, flags } of patterns) byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}
const STRONG_END_TESTS = anyOf(STRONG_END);
const COMMENT_CUE_TESTS = anyOf(COMMENT_CUE);

/**
 * A newsletter or subscription pitch ("Want more Rolling Stone? Sign up for our newsletter.",
 * "Need more space? Subscribe to our sister title ... Magazine"): printed where the story ends.
 */
const PITCH = /\b(subscribe|sign(?:\s|-)?up|register)\b.{0,80}\b(newsletters?|magazines?|inbox|updates|alerts)\b|\bnewsletters?\b.{0,60}\b(subscribe|sign(?:\s|-)?up)\b/iu;
const PITCH_LENGTH = 200;

const PITCH_WORD = /subscri|sign|regist/;
function isPitch(line: Line): boolean {
  if (line.length > PITCH_LENGTH) return false;
  // Cheap test first: every pitch names one of these (one search of the line, not three).
  return PITCH_WORD.test(line.lower) && PITCH.test(line.text);
}

/** "...may soon... Indian-origin man pleads": a blurb cut short, and the next headline glued on. */
const TRUNCATION = /\p{L}(?:\.{3}|…)\s+[\p{Lu}\d"“‘']/gu;
/** Cut-short blurbs in one line, and their spacing (per character), for it to be a teaser strip. */
const TICKER_CUTS = 4;
const TICKER_CUT_RATE = 1 / 500;

/**
 * A breaking-news ticker or teaser strip rendered as one line: many blurbs, each cut short with an
 * ellipsis and followed by the next one's headline. It is long and has function words, so it would
 * otherwise outscore the story; a story paragraph seldom trails off mid-sentence four times.
 */
function isTickerStrip(text: string): boolean {
  // Cheap test first: almost no line has an ellipsis at all.
  if (!text.includes('...') && !text.includes('…')) return false;
  const cuts = text.match(TRUNCATION)?.length ?? 0;
  return cuts >= TICKER_CUTS && cuts >= text.length * TICKER_CUT_RATE;
}

const MENU_SEPARATOR = /[|•·»]|\s{3}| \/ /;

function isMenuShape(text: string): boolean {
  // "Email | Print | Subscribe", "Forum   Contacts   RSS": several short items side by side.
  if (!MENU_SEPARATOR.test(text)) return false; // cheap test first: no separator, one item
  const parts = text.split(/\s*[|•·»]\s*|\s{3,}| \/ /).filter((p) => p.trim() !== '');
  return parts.length >= 3 && parts.every((p) => p.length <= 25);
}

function uiShare(line: Line, text: string): number {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return 1;
  return words.filter((w) => UI_WORDS.has(w)).length / words.length;
}

/** Shape-level junk: decided from the line alone, before any context. */
/**
 * A photo's caption ending in its credit: "Protesters have worn masks (Image: GETTY )", "WeWork
 * chairman Marcelo Claure (Credit: Getty Images)", "… module. Credit: ESA".
 */
const BRACKETED_CREDIT = /\((?:image|photo|picture|pic|credit|foto|imagem)s?:[^()]{1,60}\)$/iu;
const TRAILING_CREDIT = /[.!?]\s+(?:photo |image )?credits?(?::[^.]{1,80})?$/iu;
/** How far from a line's end TRAILING_CREDIT's "credit" can start. */
const CREDIT_TAIL = 100;
/** A caption or credit as the BBC labels them: "Image copyright Reuters", "Image caption Assange gestures …". */
const LABELLED_CAPTION = /^(?:image|media) (?:copyright|caption)\b/u;

/**
 * Asked of every line of every page, so each pattern only where it could match: a regex anchored at
 * the end is still tried at every position of the line, and searching each line for the words took
 * a twentieth of extraction's time.
 */
export function isCreditedCaption(line: Line): boolean {
  const { text, lower } = line;
  if ((lower.startsWith('image ') || lower.startsWith('media ')) && LABELLED_CAPTION.test(lower)) return true;
  if (text.charCodeAt(text.length - 1) === 41) return BRACKETED_CREDIT.test(text); // )
  return lower.includes('credit', lower.length - CREDIT_TAIL) && TRAILING_CREDIT.test(text);
}

function junkShape(line: Line, dates: readonly FoundDate[]): boolean {
  const text = line.text;
  if (line.tokens === 0) return true; // only symbols
  if (line.adjacentTwin) return true; // image alt text + caption
  if (line.repeatsEarlier) return true;
  if (line.length <= 300 && LABEL.test(text)) return true;
  if (line.length <= 200 && isMenuShape(text)) return true;
  if (isTickerStrip(text)) return true;
  if (isBylineLine(text)) return true;
  if (isCreditedCaption(line)) return true;
  const stripped = text.replace(BULLET, '');
  if (stripped !== text && (stripped.length <= 80 || uiShare(line, stripped) >= 0.5)) return true;
  if (line.tokens <= 8 && uiShare(line, stripped) >= 0.6) return true;
  if (line.length <= 120 && (INLINE_LINK.test(text) || FOREIGN_INLINE_LINK.test(text)) && !line.sentenceEnd) return true;
  if (line.length <= 60 && RELATIVE_TIME.test(text)) return true;
  if (isDateLine(text, dates)) return true;
  // "01:38, 01/02/2013" and "12:03 GMT": a time stamp alone.
  if (line.length <= 40 && !/\p{L}{3,}/u.test(text.replace(/\b(gmt|utc|am|pm)\b/gi, ''))) return true;
  return false;
}

/** A page with almost no known function words is in a language without a list: use punctuation. */
export function hasStopwordModel(lines: readonly Line[]): boolean {
  let tokens = 0;
  let stop = 0;
  for (const l of lines) if (l.tokens >= 8) { tokens += l.tokens; stop += l.stopwords; }
  return tokens === 0 || stop / tokens >= 0.08;
}

function baseClass(line: Line, model: boolean): LineClass {
  // CJK characters carry about a word each: scale the length so a line of 35 characters counts as 70.
  const length = line.cjk ? line.length * 2 : line.length;
  if (length < LENGTH_LOW) return 'short';
  // CJK text has no spaces, so our function-word lists never match it: judge it by punctuation,
  // whatever the rest of the page is written in.
  if (!model || line.cjk) {
    if (line.sentenceEnd || /[.!?。！？]\s/u.test(line.text)) return length >= LENGTH_HIGH / 2 ? 'good' : 'near-good';
    return length >= LENGTH_HIGH ? 'near-good' : 'bad';
  }
  if (line.density >= DENSITY_HIGH) {
    // Headlines and link titles have function words too but no final punctuation.
    if (line.sentenceEnd || length >= LENGTH_HIGH) return 'good';
    return 'near-good';
  }
  if (line.density >= DENSITY_LOW) return 'near-good';
  // A paragraph opening the story with its dateline ("ST. JOSEPH, Mich. (AP) — Michigan health
  // authorities are reporting …"): the place's and agency's capitals dilute a short one's function words.
  if (line.sentenceEnd && dateline(line.text) !== null) return 'near-good';
  // Long sentences with a few function words: prose in a language our lists cover thinly.
  if (line.sentenceEnd && length >= LENGTH_HIGH && line.density >= 0.1) return 'near-good';
  // So are sentences of half that length with a few more: names, initials and figures thin out a news
  // sentence's function words ("In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border …").
  if (line.sentenceEnd && length >= LENGTH_HIGH / 2 && line.density >= DENSITY_OF_NAMED_PROSE) return 'near-good';
  return 'bad';
}

export function classifyLines(lines: readonly Line[]): ClassifiedLine[] {
  const model = hasStopwordModel(lines);
  // Pushed, not mapped: a `map`'s array is of another kind once the caller is optimised, and the
  // functions reading it would be compiled again (see textsOf in extract-text.ts).
  const classified: ClassifiedLine[] = [];
  for (const line of lines) {
    const credit = creditLine(line.text);
    const photoCredit = creditedCaption(line);
    const copyright = line.length <= 300 && !photoCredit && mayBeCopyright(line.lower) && COPYRIGHT.test(line.text);
    const commentCue = line.length <= 80 && COMMENT_CUE_TESTS.some((r) => r.test(line.text));
    const strong = (line.length <= 80 && (STRONG_END_TESTS.some((r) => r.test(line.text)) || AUTHOR_BOX.test(line.text))) || isPitch(line);
    const dates = findDates(line.text);
    const junk = credit !== null || copyright || photoCredit || commentCue || strong || junkShape(line, dates);
    // A date standing alone after the story has begun opens the next teaser of a related list.
    const dateOnly = line.length <= 60 && isDateLine(line.text, dates);
    const endCue: EndCue = strong || commentCue || credit !== null || copyright || dateOnly ? 2 : LABEL.test(line.text) ? 1 : 0;
    // Fields listed one by one: a spread of the line made a slow, dictionary-shaped object per line
    // (the largest single cost of classifying, by profile).
    classified.push({
      index: line.index,
      text: line.text,
      length: line.length,
      tokens: line.tokens,
      lower: line.lower,
      firstWord: line.firstWord,
      stopwords: line.stopwords,
      density: line.density,
      sentenceEnd: line.sentenceEnd,
      cjk: line.cjk,
      plain: line.plain,
      occurrences: line.occurrences,
      adjacentTwin: line.adjacentTwin,
      repeatsEarlier: line.repeatsEarlier,
      cls: junk ? 'bad' : baseClass(line, model),
      junk,
      endCue,
      commentCue,
      copyright,
      dateOnly,
      credit,
      listItem: false,
      dates,
    });
  }
  for (const i of dataListLines(classified)) {
    const line = classified[i];
    if (line && !line.junk) line.listItem = true;
  }
  return classified;
}
