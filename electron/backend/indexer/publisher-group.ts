// Runs in Node. Companies that own newspapers and magazines sign their footers' copyright lines in
// their own name ("© 2019 Hearst Communications, Inc.", "Dow Jones & Company", "© Copyright Gannett"),
// which is not the site a reader knows ("Connecticut Post", "Barron's"); so do the companies that
// publish a single title (News Communications, The Hill's). When the copyright line is such a
// company's, the title its pages keep naming is looked for (group-titles.ts), then the masthead
// where pages put it (see mastheadFor).
import type { ClassifiedLine } from './boilerplate.js';

/**
 * Media groups, as copyrightHolder gives their names (legal forms such as "Inc" or "LLC" taken off).
 * A list of names, as credits.ts keeps the agencies': a group's name alone says nothing of its title.
 */
const GROUP =
  /^(?:the\s+)?(?:hearst(?: (?:communications|newspapers|corporation|magazines|media))?|gannett(?: co)?|dow jones|penske(?: business)?(?: media)?|nbcuniversal(?: media)?|news corp(?:oration)?|tribune (?:publishing|media|company)|tronc|mcclatchy(?: company)?|advance (?:local|publications)(?: media)?|cond[eé] nast|meredith|medianews group|digital first media|lee enterprises|new york times company|graham media group|cox media group|tegna|nexstar media|axel springer|vox media|microsoft(?: corporation)?|rogers media|news communications?|printers \(mysore\)|quiller media|channel company|cruz bay publishing|х[её]рст шкул[её]в паблишинг|future (?:us|plc|publishing)|slate group|poynter institute|mortons media group)$/iu;

export const isPublisherGroup = (holder: string): boolean => GROUP.test(holder);

/**
 * A masthead: a proper name of one to four words, each capitalised but for "of", "the", "and"
 * ("Connecticut Post", "Barron's", "Express-News", "The New York Times"); not a sentence ("Chick-fil-A
 * makes pro-LGBTQ announcement", a related story's headline above a footer).
 */
const NAME = /^(?=.{2,40}$)[\p{Lu}\d][\p{L}\d&.'’-]*(?: (?:[\p{Lu}\d][\p{L}\d&.'’-]*|of|the|and|&)){0,3}$/u;

/** Words of a footer's and a menu's links, never of a masthead ("View Comments", "Copyright and Reprint", "MNG Network Advertising",
 * "Accessibility Statement", "Fact-Check Suggestions", "Stay Connected"). */
const LINK_WORD = /(?:^|[\s-])(?:view|return|back|sign|log|your|our|ads?|adchoices|subscribe|follow|share|read|more|privacy|terms|contacts?|about|advertise|advertising|careers|site|help|logo|skip|download|manage|comments?|cookies?|home|menu|search|sections?|e-?edition|copyright|reprints?|services?|policy|notice|newsletters?|jobs|classifieds|obituaries|archives?|sitemap|feedback|store|shop|accessibility|statement|suggestions?|connect(?:ed)?)(?=$|[\s-])/iu;

/** One word is a name only with a capital, apostrophe or hyphen inside it ("Barron's", "IndieWire"), not "Toolkit". */
const ONE_WORD_NAME = /^\p{Lu}[\p{L}\d&.-]*[\p{Lu}'’-]/u;

/** Whether a footer's or a menu's link could say `text` ("Privacy Policy", "Terms"): never a site's name. */
export const isLinkText = (text: string): boolean => LINK_WORD.test(text);

const isName = (text: string): boolean => NAME.test(text) && !/[.:]$/.test(text) && !isLinkText(text) && (text.includes(' ') || ONE_WORD_NAME.test(text));

/** "Subscribe to Express-News": the site offering itself by name. */
const SUBSCRIBE_TO = /^Subscribe to (.+)$/u;

/** Lines at either end of the page searched for a masthead printed at its top and its foot. */
const TOP_LINES = 3;
const FOOT_LINES = 8;
/** How far above a group's copyright line the masthead may stand ("Connecticut Post", "View Comments", "© 2019 Hearst …"). */
const ABOVE_COPYRIGHT = 2;

/**
 * The masthead of a page whose copyright line at `copyrightAt` names `group`, or null:
 * - the group's name is the title's company ("The New York Times Company") and the title is in the page;
 * - a name at the top of the page that the foot repeats ("Barron's"), or that another copyright
 *   line gives ("Rolling Stone" over "© 2018 Rolling Stone, LLC, a subsidiary of Penske …");
 * - a name just above the copyright line ("Connecticut Post");
 * - the site's own subscription link ("Subscribe to Express-News").
 */
export function mastheadFor(lines: readonly ClassifiedLine[], copyrightAt: number, group: string, holders: readonly string[]): string | null {
  const company = /^(.+) Company$/u.exec(group)?.[1];
  if (company && lines.some((l) => l.index !== copyrightAt && l.text.includes(company))) return company;
  const names = (from: readonly ClassifiedLine[]) => from.map((l) => l.text.trim()).filter((t) => isName(t) && t !== group);
  const foot = new Set(names(lines.slice(-FOOT_LINES)));
  const top = names(lines.slice(0, TOP_LINES)).find((t) => foot.has(t) || holders.includes(t));
  if (top) return top;
  const above = names(lines.slice(Math.max(0, copyrightAt - ABOVE_COPYRIGHT), copyrightAt)).at(-1);
  if (above) return above;
  for (const line of lines) {
    const offered = SUBSCRIBE_TO.exec(line.text)?.[1]?.trim();
    if (offered && isName(offered)) return offered;
  }
  return null;
}
