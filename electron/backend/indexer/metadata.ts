// Runs in Node. Reads title, site, credited source, publication date and dateline from a classified
// page, using where lines sit relative to the story found by region.ts: the headline and date are
// just above the story, the site's name lives in the chrome (masthead, footer, copyright line).
import type { ClassifiedLine } from './boilerplate.js';
import { isBodyLine, type Region } from './region.js';
import { copyrightHolder, nameBeforeNotice } from './copyright-holder.js';
import { bareAgency, dateline, knownName, signOffAgency } from './credits.js';
import { findDates, isDateLine, slashOrder, type FoundDate, type SlashOrder } from './dates.js';
import { isPersonName, isWireByline, wireBylineAgency } from './header-fields.js';
import { HEADER_WINDOW } from './headline.js';
import { groupTitle } from './group-titles.js';
import { isPublisherGroup, mastheadFor } from './publisher-group.js';


const DOMAIN_ENDINGS = 'com|org|net|info|ru|ua|uk|de|fr|it|es|cn|in|eu|gov|edu|io|news|tv|us|ca|au|by|kz|ch|nl|pl|jp|kr|br|ng|za|ie|nz|co|am|ge|az|md|lv|lt|ee';
/** "AtomInfo.Ru", "GlobalSecurity.org": a site's name written as its domain. */
const DOMAIN = new RegExp(String.raw`(?<![@\w.-])((?:www\.)?[\p{L}\d][\p{L}\d-]{1,62}(?:\.[\p{L}\d-]{2,63})*\.(?:${DOMAIN_ENDINGS}))(?![\p{L}\d-]|\.[\p{L}\d])`, 'iu');
/**
 * What every DOMAIN match contains: a dot and one of the endings (same flags, so the same letters
 * match). Most lines fail this quickly; the long pattern used to run on every line with a dot.
 */
const DOMAIN_ENDING = new RegExp(String.raw`\.(?:${DOMAIN_ENDINGS})`, 'iu');

/**
 * Words a line naming the site may have beside the name ("RIA Novosti", "Xinhua | English", "RFE/RL
 * Russian Service"): a longer chrome line that mentions an agency is a teaser, a caption's credit or
 * a citation ("... Applewhite / AP file", "CNN, \"China exempts ...\""), not the page's masthead.
 */
const MASTHEAD_TOKENS = 6;

/**
 * Platforms and networks whose names pages print as links ("WordPress.com", "Blog at WordPress.com",
 * "facebook.com/..."): the host or a share button, never the site an article is from.
 */
const PLATFORM = /(?:^|\.)(?:wordpress|blogger|blogspot|tumblr|wix|squarespace|disqus|gravatar|feedburner|facebook|twitter|instagram|youtube|pinterest|linkedin|reddit|flipboard|telegram|whatsapp|vk|google)\.(?:com|org|net|ru|me)$/iu;

/** A banner about the outlet itself: the name opens a sentence ("RFE/RL has been declared ..."). */
const speaksOfItself = (text: string, name: string): boolean => text.startsWith(name) && /^ \p{Ll}/u.test(text.slice(name.length));

export function findSite(lines: readonly ClassifiedLine[], chrome: ReadonlySet<number>, titleIndex: number, region: Region): string | null {
  const chromeLines = lines.filter((l) => chrome.has(l.index));
  // The footer's copyright line names the site: the page's last with a year ("© 1996-2019 News
  // Communication"); one above it may be a photo's ("© REUTERS / POOL", "© Aaron Schwartz") or a
  // syndicated story's ("© 2019 Associated Press"), so an agency's counts only if no other has a year.
  // The site's own name in its footer ("About SFGATE", "About Houston Chronicle") or its follow bar
  // ("Follow The Telegraph") is the name a reader knows; the copyright line may name the group that
  // owns it ("Hearst Communications", "Telegraph Media Group").
  const own = ownOrFollowedName(lines, chromeLines);
  const named = (holder: string): string => (own && !holder.toLowerCase().includes(own.toLowerCase()) ? own : holder);
  // A media group's line ("© 2019 Hearst Communications") gives way to the title its furniture keeps
  // naming ("WSJ Video", group-titles.ts), else to the masthead when the page prints it.
  const holders = () => chromeLines.flatMap((l) => (l.copyright ? (copyrightHolder(l.text) ?? []) : []));
  for (const dated of [true, false]) {
    let agency: string | null = null;
    for (let i = chromeLines.length - 1; i >= 0; i--) {
      const line = chromeLines[i];
      if (!line) continue;
      const notice = noticeOf(line);
      if (!notice || /\d{4}/.test(notice) !== dated) continue;
      const before = nameBeforeNotice(notice);
      if (before) return named(before);
      const holder = copyrightHolder(notice);
      if (!holder) continue;
      const guarded = guardedSite(line.text, holder);
      if (guarded) return named(guarded);
      if (isPublisherGroup(holder)) return named(groupTitle(chromeLines, holder) ?? mastheadFor(lines, line.index, holder, holders()) ?? holder);
      if (bareAgency(holder.replace(/^the\s+/i, '')) === null) return named(holder);
      agency ??= holder;
    }
    if (agency) return agency;
  }
  // Before any domain: a bar of the group's other sites lists theirs ("News Corp", "WSJ.com").
  if (own) return own;
  const domainOf = (text: string): string | null => {
    const domain = DOMAIN_ENDING.test(text) ? DOMAIN.exec(text)?.[1]?.replace(/^www\./i, '') : undefined;
    return domain && !PLATFORM.test(domain) ? domain : null;
  };
  // A line that is a domain and nothing else has no space in it (a domain has none).
  const standalone = chromeLines.find((l) => l.tokens <= 3 && !l.text.includes(' ') && domainOf(l.text) === l.text.replace(/^www\./i, ''));
  if (standalone) return domainOf(standalone.text);
  // A short line with the domain in it ("AtomInfo.Ru — news", "© GlobalSecurity.org"); in a longer
  // one, a domain is a link elsewhere ("... Associates Program ... Amazon.com", "papers.ssrn.com").
  for (const line of chromeLines) {
    const domain = line.tokens <= MASTHEAD_TOKENS ? domainOf(line.text) : null;
    if (domain) return domain;
  }
  // A bare agency name between headline and story ("Reuters", "By Reuters") is a byline credit, not
  // the site; so is a wire byline's ("Tom Krisher, AP Auto Writer"), and an agency's name in or right
  // under the story, which signs it ("Reuters" under a Reuters story on NBC News, which never names NBC).
  const creditsStory = (l: ClassifiedLine): boolean =>
    region.start <= region.end && l.index >= region.start && l.index <= region.end + SIGN_OFF_REACH && bareAgency(l.text) !== null;
  const isByline = (l: ClassifiedLine): boolean =>
    (l.index > titleIndex && l.index < region.start && (bareAgency(l.text.replace(/^by\s+/iu, '')) !== null || isWireByline(l.text))) || creditsStory(l);
  for (const line of chromeLines) {
    if (line.credit !== null || isByline(line) || line.index === titleIndex) continue;
    const name = knownName(line.text);
    if (name && (line.tokens <= MASTHEAD_TOKENS || speaksOfItself(line.text, name))) return name;
  }
  return null;
}

/**
 * "… without express written permission of moneycontrol.com is prohibited": a copyright line that
 * names, by its domain, the site it guards, when the holder is a company of another name
 * (e-Eighteen.com). The site is the name a reader knows.
 */
const PERMISSION_OF = /\bpermission of (?:the\s+)?(\S+)/iu;
function guardedSite(text: string, holder: string): string | null {
  const named = PERMISSION_OF.exec(text)?.[1];
  if (!named || !DOMAIN_ENDING.test(named)) return null;
  const domain = DOMAIN.exec(named)?.[1]?.replace(/^www\./iu, '');
  return domain && domain.toLowerCase() !== holder.toLowerCase() && !PLATFORM.test(domain) ? domain : null;
}

/**
 * A footer line's copyright notice: the line, when it is a copyright line; the notice that ends a
 * longer one ("… to earn fees by linking to Amazon.com and affiliated sites. ©The Anti-June Cleaver
 * 2011-2019"), dated, which outranks an undated "© Regan" under the writer's photo; or the first
 * sentence of a long one that opens with it ("© 2019 Condé Nast. All rights reserved. Use of this
 * site constitutes acceptance of …", too long to be taken for a copyright line).
 */
const ENDING_NOTICE = /\s(©\s*[^©]{2,60}?\s\d{4}(?:\s*[-–—]\s*\d{2,4})?)\.?$/u;
const OPENING_NOTICE = /^(©\s*\d{4}(?:\s*[-–—]\s*\d{2,4})?\s[^.]{2,60}\.)\s/u;
function noticeOf(line: ClassifiedLine): string | null {
  if (line.copyright) return line.text;
  if (!line.text.includes('©')) return null;
  return (line.text.startsWith('©') ? OPENING_NOTICE.exec(line.text)?.[1] : ENDING_NOTICE.exec(line.text)?.[1]) ?? null;
}

/** How far under the story an agency's name alone signs it. */
const SIGN_OFF_REACH = 2;

/** "About SFGATE", "About the BBC": a footer's link to the page about the site, by its name. */
const ABOUT = /^About (?:the\s+)?(\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3})$/u;
/**
 * A proper name rather than a word: two capitalised words or more ("Sky News"), or capitals inside one
 * ("ZDNet", "CNBC", "GiveWell"). "About Us", "About Health" (a section) and "About Theater" are no name.
 */
const PROPER_NAME = /\s\p{Lu}|^\p{Lu}[\p{L}\d&.'-]*\p{Lu}/u;
/** "About Our Ads", "About This Site", "About My Work": the page about something else. */
const NOT_A_NAME = /^(?:our|this|my|your)\s/iu;

/**
 * The site's name from the one "About …" link of its chrome, or null when there is none, several, or
 * the name is the writer's ("About Brigit Katz" in an author box under "By Brigit Katz").
 */
function ownName(lines: readonly ClassifiedLine[], chromeLines: readonly ClassifiedLine[]): string | null {
  let found: string | null = null;
  for (const line of chromeLines) {
    const name = line.text.startsWith('About ') ? ABOUT.exec(line.text)?.[1] : undefined;
    if (!name || !PROPER_NAME.test(name) || NOT_A_NAME.test(name) || name === found) continue;
    if (found !== null) return null;
    found = name;
  }
  if (found === null) return null;
  const byline = `by ${found.toLowerCase()}`;
  return lines.some((l) => l.tokens <= 8 && l.lower.startsWith(byline)) ? null : found;
}

/** "Follow The Sun", "Follow Vox online:", "Follow RT on": the site's own follow bar, by its name. */
const FOLLOW = /^Follow ((?:the\s+)?\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3})(?: online:?| on)?$/u;
/** "Follow Us On Twitter", "Follow Me": a follow bar with no name in it. */
const NO_NAME_FOLLOWED = /^(?:us|me|our|my)\b/iu;

/** The site's name from its chrome's follow bar ("Follow The Sun"), or null when it has none. */
function followedName(chromeLines: readonly ClassifiedLine[]): string | null {
  for (const line of chromeLines) {
    const name = line.text.startsWith('Follow ') ? FOLLOW.exec(line.text)?.[1] : undefined;
    if (name && !NO_NAME_FOLLOWED.test(name)) return name;
  }
  return null;
}

/**
 * The site's own name from its About link, else its follow bar. When both name something, and not
 * the same ("About SBN", the network's page, in the footer of "Follow Dawgs By Nature online:"), the
 * one more of the chrome's lines name is the site.
 */
function ownOrFollowedName(lines: readonly ClassifiedLine[], chromeLines: readonly ClassifiedLine[]): string | null {
  const about = ownName(lines, chromeLines);
  const followed = followedName(chromeLines);
  if (!about || !followed || about === followed) return about ?? followed;
  const naming = (name: string): number => chromeLines.filter((l) => l.text.includes(name)).length;
  return naming(followed) > naming(about) ? followed : about;
}

/** How many of the story's first lines may hold its date, when they are not part of the story. */
const STORY_LEAD_LINES = 5;

/** A line's dates: found already in the order every page has; a page that shows its slash order reads them again. */
const datesIn = (line: ClassifiedLine, order: SlashOrder): readonly FoundDate[] => (order === 'unknown' ? line.dates : findDates(line.text, order));

/**
 * Publication date: the complete date nearest the headline, below it first (where pages print it),
 * then above it. A date-only first line is the capture's own time stamp, not the article's.
 */
export function findPublished(text: string, lines: readonly ClassifiedLine[], titleIndex: number, region: Region): string | null {
  const order = slashOrder(text);
  const hasStory = region.start <= region.end;
  const withoutStory = Math.min(lines.length, 30); // on every page: see findTitle
  const headerEnd = hasStory ? region.start : withoutStory;
  const anchor = titleIndex >= 0 ? titleIndex : headerEnd;
  let best: { value: string; rank: number } | null = null;
  // Past the story's start too, over the lines the story left out: a standfirst can open the story,
  // with the byline and date below it ("By Laura Mowat", "PUBLISHED: 10:48, Tue, Nov 19, 2019").
  const leadEnd = hasStory ? Math.min(region.end, region.start + STORY_LEAD_LINES) : headerEnd;
  for (let i = Math.max(0, headerEnd - HEADER_WINDOW); i < leadEnd; i++) {
    const line = lines[i];
    if (!line || (i >= headerEnd && isBodyLine(line))) continue;
    const dates = datesIn(line, order);
    const first = dates[0];
    if (!first) continue;
    if (i === 0 && isDateLine(line.text, dates) && lines.length > 1) continue;
    // Below the anchor ranks first. Every page works out both terms: a sum only pages with a date
    // above their headline reached had no feedback when the function was compiled, which was then
    // thrown away at the first such page.
    const rank = Math.abs(i - anchor) + (i > anchor ? 0 : 1000);
    if (!best || rank < best.rank) best = { value: first.value, rank };
  }
  if (best) return best.value;
  // Some pages print "Published on ..." under the story instead.
  for (let i = region.end + 1; i < Math.min(lines.length, region.end + 15); i++) {
    const line = lines[i];
    if (!line || line.commentCue) break;
    if (!/\b(published|posted|updated)\b/i.test(line.text)) continue;
    const found = datesIn(line, order)[0];
    if (found) return found.value;
  }
  return null;
}

/** A credit line's names without the people's; null when only people are credited. */
function agenciesOf(credit: string): string | null {
  const names = credit.split(', ').filter((name) => !isPersonName(name));
  return names.length > 0 ? names.join(', ') : null;
}

/** Credited agency: an explicit credit line, else the dateline's "(Agency)", else a bare agency byline. */
export function findSource(
  lines: readonly ClassifiedLine[],
  chrome: ReadonlySet<number>,
  paragraphs: readonly string[],
  titleIndex: number,
  region: Region,
): string | null {
  const firstParagraph = paragraphs.length > 0 ? paragraphs[0] : undefined;
  for (const line of lines) {
    // A person credited for reporting ("Additional reporting by Joseph Hudak") is no agency.
    const credit = line.credit !== null && chrome.has(line.index) ? agenciesOf(line.credit) : null;
    if (credit) return credit;
  }
  const agency = firstParagraph ? dateline(firstParagraph)?.agency : null;
  if (agency) return agency;
  for (let i = Math.max(0, titleIndex + 1); i < region.start; i++) {
    const name = lines[i] ? bareAgency(lines[i]?.text ?? '') : null;
    if (name) return name;
    const by = /^by\s+(.+)$/i.exec(lines[i]?.text ?? '')?.[1];
    const byAgency = by ? bareAgency(by) : null;
    if (byAgency) return byAgency;
    const wire = wireBylineAgency(lines[i]?.text ?? '');
    if (wire) return wire;
  }
  // Signed at the end instead ("… to sneak into the US. PTI").
  const last = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1] : undefined;
  return last ? signOffAgency(last) : null;
}

export function findDateline(firstParagraph: string | undefined): string | null {
  return firstParagraph ? dateline(firstParagraph)?.city ?? null : null;
}
