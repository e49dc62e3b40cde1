// Runs in Node. The story's headline: among the lines just above the story, the one shaped like a
// headline, above the lines that sign and date the story.
import { isCreditedCaption, type ClassifiedLine } from './boilerplate.js';
import { bareAgency } from './credits.js';
import { RELATIVE_TIME, findPartialDate } from './dates.js';
import { ROLE_PREFIX, ROLE_WORDS, TAG_LABELS, WIRE_AGENCIES, isBylineLine, signsWithNames } from './header-fields.js';
import type { Region } from './region.js';

/** How far above the story its headline and date are looked for. */
export const HEADER_WINDOW = 40;
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;

/** Lines that credit or date the story rather than name it ("By Phil Helsel", "Posted on March 30,
 * 2015 by Admin", "Last modified on Mon 18 Nov 2019"), and a clock time ("11:03 PM"). */
const CREDIT_OPENER = /^(?:(?:analysis|opinion|commentary|review|story|text|words|photos?)\s+by|by(?!\s+the\s+(?:numbers|way|book|end)\b)|posted|published|updated|written|last modified|photo|image|credit)\b/iu;
/**
 * How many lines below a headline the lines that sign or date it may lie (a standfirst, a photo and
 * its caption between). A date further down, under a menu, dates the story but does not mark the menu's
 * first line as its headline (a Reuters page, its date above the headline, took the line of its
 * sites' menu 13 lines up).
 */
const SIGN_REACH = 8;
/** A clock time, even glued to a year or to its PM ("NOV 15, 20195:45 AM", "Monday 5:30PM"). */
const CLOCK = /\d:\d{2}(?!\d)/u;
/** A wire byline without "By" ("Tom Krisher, AP Auto Writer", "Meg Kinnard and Errin Haines, Associated Press"). */
const BYLINE_ROLE = new RegExp(String.raw`,\s*${ROLE_PREFIX}(?:${ROLE_WORDS}|${WIRE_AGENCIES})$`, 'iu');
/** A handle ("Catherine Shu @catherineshu / 2 days"), a caption's credit ("Julian Assange (AFP)",
 * "... Braunau am Inn, Austria. Leonhard Foeger / Reuters file"), a line all in parentheses. */
const HANDLE_OR_CREDIT = /(?:^|\s)@\w{2,}|\((?:afp|ap|reuters|getty(?: images)?|epa|[\w.-]+\.(?:com|org|net))\)$|\/\s*(?:reuters|ap|afp|associated press|getty images)(?:\s+file)?$|^\([^()]*\)$/iu;
/** "Published by", "Publicado por" within the line ("05/10/2018 - Publicado por: Clarissa Borba"). */
const CREDIT_WITHIN = /\b(?:posted|published|written|publicado|publicada|escrito|pubblicato|veröffentlicht|publié)\s+(?:by|por|da|von|par)\b/iu;
/** The site's own controls and notices ("You are signed in as", "Terms of Use", "English Main navigation"). */
const SITE_CONTROL = /\b(?:signed in|sign in|sign out|log in|log out|sign up|terms? of (?:use|service)|privacy policy|(?:main|toggle) navigation|sharing options|skip to (?:main )?content)\b|\bedit profile/iu;
/** A breadcrumb ("BLOG > Weight Loss > Weight Loss Tips"). */
const BREADCRUMB = /\s[>›»]\s/u;
/** A share or follow bar ("Share this story", "Follow RT on", "Facebook Twitter Email LinkedIn"); a
 * headline may open with "Share" ("Share prices fall as talks stall"), so only a short line counts. */
const SHARE_OPENER = /^(?:share|sharing|social media|follow)\b/iu;
const SHARE_BAR_TOKENS = 5;
const NETWORKS = /^(?:(?:facebook|twitter|email|linkedin|reddit|pinterest|whatsapp|print|flipboard)\s*){2,}$/iu;
/**
 * A label that lists rather than names: a tag list's (header-fields.ts's TAG_LABELS) or another
 * ("Related:", "Read more:", "Mots-clés :").
 * Only these words: a headline's own kicker has the same shape ("Hong Kong chaos: China deploys
 * troops", "Dear Abby: ...", "The Latest: ..."), and a rule on any short "Words: " opening took 12
 * of the dev set's 166 headlines for labels.
 */
const LIST_LABEL = new RegExp(String.raw`^(?:${TAG_LABELS}|related(?:\s+\p{L}+)?|posted in|categor(?:y|ies)|sections?|sources?|labels?|read more|see also|also read|more on|schlagw(?:ö|oe)rter|(?:é|e)tiquettes|mots[- ]cl(?:é|e)s|rubriques?|etiquetas|categorias?|t(?:ó|o)picos)\s*:`, 'iu');
/** Two labelled values or more: a fact box ("Tested by: John Milbank RRP: £23.99 More info: ..."). */
const LABELLED_VALUES = /:\s.*:\s/u;
/** A share control that quotes what it shares: "Share All sharing options for: <the headline>". */
const SHARE_QUOTING = /^(?:share|sharing|tweet|e-?mail|pin)\b[^:]{0,40}:\s+/iu;
const isShareBar = (line: ClassifiedLine): boolean => (line.tokens <= SHARE_BAR_TOKENS && SHARE_OPENER.test(line.text)) || NETWORKS.test(line.text);

/** A credit: "By ...", "Posted on ... by Admin", "Tom Krisher, AP Auto Writer". */
const credits = (text: string): boolean => CREDIT_OPENER.test(text) || CREDIT_WITHIN.test(text) || BYLINE_ROLE.test(text);

/** A line that dates or signs the story: the headline sits above these ("Chris Davies - Nov 19, 2019"). */
function datesOrSigns(line: ClassifiedLine): boolean {
  // A photo's credit ("Image copyright Getty Images") signs the photo, under whatever is above it.
  if (isCreditedCaption(line)) return false;
  return line.dates.length > 0 || CLOCK.test(line.text) || credits(line.text) || isBylineLine(line.text) || findPartialDate(line.text) !== null || RELATIVE_TIME.test(line.text);
}

/** A photographer and an agency, the credit under a photo's caption ("Al Goldis, Associated Press",
 * "Leonhard Foeger / Reuters"): one name, where a wire byline has two or a role (isWireByline). */
const PHOTO_CREDIT = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}\s*[,/]\s*(?:the\s+)?(?:${WIRE_AGENCIES}|getty images|epa)$`, 'iu');
const creditsPhoto = (line: ClassifiedLine | undefined): boolean => line !== undefined && line.length <= 60 && PHOTO_CREDIT.test(line.text);

/** Words of a headline that a standfirst under it outnumbers. */
const SHORT_HEADLINE_TOKENS = 12;
/** A standfirst's least words, and share of function words: a sentence of some length, not a headline. */
const STANDFIRST_TOKENS = 15;
const STANDFIRST_DENSITY = 0.3;
const isStandfirst = (line: ClassifiedLine | undefined): boolean =>
  line !== undefined && line.tokens >= STANDFIRST_TOKENS && line.density >= STANDFIRST_DENSITY;

/**
 * A line's words, as a headline is measured: Chinese and Japanese are written without spaces, so a
 * whole phrase of theirs is one token ("東京の古い橋が閉鎖へ"); about two characters make a word.
 */
const headlineWords = (line: ClassifiedLine): number => (line.cjk && line.tokens < 3 ? Math.max(line.tokens, Math.ceil(line.length / 2)) : line.tokens);

/** `withBars`: a line with " | " in it may be the headline ("Milan Design Week 2018 | Michael
 * Anastassiades’ light installation …"), where it is most often a menu ("News | Sport | Weather"). */
function eligibleTitle(line: ClassifiedLine, withBars = false): boolean {
  const words = headlineWords(line);
  if (words < 3 || words > 30 || line.length > 250) return false;
  // A twin (the same text on the next line) may be: pages print the headline twice (a heading and
  // its share title); the twin alt text and caption it was once kept from end with a full stop.
  if (line.credit !== null || line.copyright || line.commentCue || line.endCue > 0) return false;
  // Dated lines: a date only, or a byline with one ("Reuters November 18, 2019 11:03 PM").
  if (line.dates.length > 0) return false;
  const text = line.text;
  // Patterns that need a character most headlines lack are tried only when it is there: a headline
  // (the usual candidate) otherwise goes through every one of them.
  if (text.includes(':')) {
    // A label with nothing after it, a list's label, a fact box, a clock time, a link's address.
    if (/:$/.test(text) || LIST_LABEL.test(text) || LABELLED_VALUES.test(text) || CLOCK.test(text) || text.includes('://')) return false;
  }
  if (/^[•·▪►]/u.test(text) || (!withBars && /\s\|\s/.test(text)) || /%2F/iu.test(text)) return false;
  if (credits(text) || isShareBar(line)) return false;
  if ((text.includes('@') || text.includes(')') || text.includes('/')) && HANDLE_OR_CREDIT.test(text)) return false;
  if (SITE_CONTROL.test(text) || BREADCRUMB.test(text)) return false;
  // A control opening with its icon font's ligature, flattened to its name ("chevron_left Browse All Posts").
  if (text.includes('_') && /^[a-z]+(?:_[a-z]+)+\s/u.test(text)) return false;
  // A headline has words: a line of figures alone ("01:23 12/04/2011", "1 2 3 Next") is a stamp or
  // a pager, which findDates cannot always read as a date (a slash date's order is the page's).
  return /\p{L}{2}/u.test(text);
}

/**
 * The headline: among the lines shortly above the story, the one shaped like a headline (a few
 * words, no final full stop), above the lines that sign and date the story (where pages print it:
 * the standfirst, the byline and a photo's caption come between it and the story), the nearest such.
 * The weights were chosen on the dev set's pages, whose URLs spell out their headlines, and hold on
 * both halves of it: `npm run eval:extraction` found 108 of 166 (58 of 86 odd, 50 of 80 even),
 * against 48 (26, 22) with the weights before, which favoured the nearest line and any line repeated
 * on the page ("Continue reading the main story"); 132 (68, 64) once kickers, twins and names over
 * a date were read as eligibleTitle and signsWithNames say. Returns the line index or -1.
 */
export function findTitle(lines: readonly ClassifiedLine[], region: Region): number {
  const hasStory = region.start <= region.end;
  // Worked out on every page, not only on the rare one without a story: V8 compiled this function
  // before such a page came, and threw the compiled code away at the first one.
  const withoutStory = Math.min(lines.length, 20);
  const stop = hasStory ? region.start : withoutStory;
  let best = -1;
  let bestScore = -Infinity;
  let between = 0; // lines between candidate and story that could themselves be text
  let signedAt = -1; // the nearest line below the candidate that dates or signs the story
  const shared = new Set<string>(); // what share controls below the candidate quote
  for (let i = stop - 1; i >= Math.max(0, stop - HEADER_WINDOW); i--) {
    const line = lines[i];
    if (!line) continue;
    const last = line.text.charCodeAt(line.text.length - 1);
    let s = 10;
    if (last === FULL_STOP) s -= 8;
    if (last === EXCLAMATION) s -= 3;
    const words = headlineWords(line);
    if (words >= 5 && words <= 20) s += 3;
    if (signedAt >= 0 && signedAt - i <= SIGN_REACH) s += 3;
    if (line.adjacentTwin) s += 1; // printed twice: a heading and its share title, above the standfirst
    // The page's share buttons name what they share: the headline, not the standfirst under it.
    if (shared.size > 0 && shared.has(line.text)) s += 3;
    if (hasStory) s += Math.max(0, 2 - 0.5 * between);
    // A short line right over a standfirst (a long sentence, the best so far) is the headline: the
    // standfirst's one line nearer the story would otherwise win ("Major WeWork layoffs to begin
    // today" over "“We have to make some necessary job eliminations,” WeWork chairman … said …").
    if (best === i + 1 && line.tokens <= SHORT_HEADLINE_TOKENS && isStandfirst(lines[i + 1])) s += 1;
    // Over a photo's credit ("Al Goldis, Associated Press"): the photo's caption.
    if (creditsPhoto(lines[i + 1])) s -= 4;
    // Ties go to the line nearer the story (the first one met). The score first: eligibility's many
    // tests, run on every line of the window, made a page's extraction several per cent dearer.
    const signedByNames = signsWithNames(line, lines[i + 1]);
    if (s > bestScore && !signedByNames && eligibleTitle(line)) {
      bestScore = s;
      best = i;
    }
    const skippable = line.junk || line.tokens <= 2 || bareAgency(line.text) !== null || /^by\s/i.test(line.text);
    if (!skippable) between++;
    if (signedByNames || datesOrSigns(line)) signedAt = i;
    if (line.text.includes(':')) {
      const quoting = SHARE_QUOTING.exec(line.text);
      if (quoting) shared.add(line.text.slice(quoting[0].length));
    }
  }
  return best >= 0 ? best : barredHeadline(lines, stop);
}

/**
 * No line shaped like a headline: the one right over the line that signs and dates the story
 * ("By FEDERICA LUSIARDI - 2019-04-10"), if a headline but for the bars between its parts. Returns
 * the line index or -1.
 */
function barredHeadline(lines: readonly ClassifiedLine[], stop: number): number {
  for (let i = stop - 1; i >= Math.max(1, stop - HEADER_WINDOW); i--) {
    const signs = lines[i];
    if (!signs || !datesOrSigns(signs)) continue;
    const above = lines[i - 1];
    return above && !above.junk && eligibleTitle(above, true) ? i - 1 : -1;
  }
  return -1;
}
