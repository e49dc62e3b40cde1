// Runs in Node. The titles some media groups publish, for a page whose footer signs with the group's
// name ("Copyright ©2019 Dow Jones & Company", "© 2019 Microsoft") and whose masthead is a picture:
// the title its menus and footer name again and again ("WSJ Video", "WSJ Membership", "Send MSN
// Feedback") is the site a reader knows. World knowledge, like credits.ts's agencies: a title is
// listed with the names pages print for it, and only where a capture was seen to need it.
import type { ClassifiedLine } from './boilerplate.js';

interface Title {
  title: string;
  /** How pages name it: whole words, in the case they print. */
  names: RegExp;
}

const TITLES: ReadonlyArray<{ group: RegExp; titles: readonly Title[] }> = [
  {
    group: /^dow jones/iu,
    titles: [
      { title: 'The Wall Street Journal', names: /\b(?:The Wall Street Journal|WSJ)\b/u },
      { title: "Barron's", names: /\bBarron['’]s\b/u },
      { title: 'MarketWatch', names: /\bMarketWatch\b/u },
    ],
  },
  { group: /^gannett/iu, titles: [{ title: 'USA TODAY', names: /\bUSA TODAY\b/u }] },
  {
    group: /^penske/iu,
    titles: [
      { title: 'IndieWire', names: /\bIndie[Ww]ire\b/u },
      { title: 'Rolling Stone', names: /\bRolling Stone\b/u },
      { title: 'The Hollywood Reporter', names: /\bThe Hollywood Reporter\b/u },
      { title: 'WWD', names: /\bWWD\b/u },
      { title: 'TVLine', names: /\bTVLine\b/u },
    ],
  },
  { group: /^microsoft/iu, titles: [{ title: 'MSN', names: /\bMSN\b/u }] },
  { group: /^cond[eé] nast/iu, titles: [{ title: 'WIRED', names: /\bWIRED\b/u }] },
  {
    group: /^nbcuniversal/iu,
    titles: [
      { title: 'NBC News', names: /\bNBC News\b/u },
      { title: 'CNBC', names: /\bCNBC\b/u },
      { title: 'MSNBC', names: /\bMSNBC\b/u },
      // Its stations call themselves by channel ("NBC 5 Investigates", "NBC 5 Responds" at NBC DFW).
      { title: 'NBC 5', names: /\bNBC 5\b/u },
    ],
  },
  { group: /^rogers media/iu, titles: [{ title: 'Sportsnet', names: /\b(?:Sportsnet|SN)\b/u }] },
  // The Hill's publisher ("© 1996-2019 News Communications, Inc.").
  { group: /^news communications?$/iu, titles: [{ title: 'The Hill', names: /\bThe Hill\b/u }] },
  // Deccan Herald's ("Copyright 2019 The Printers (Mysore) Private Ltd.").
  { group: /printers \(mysore\)/iu, titles: [{ title: 'Deccan Herald', names: /\b(?:Deccan Herald|DH)\b/u }] },
  // The St. Paul paper ("Twin Cities" at its top, "Special to the Pioneer Press" in a byline).
  { group: /^medianews group$/iu, titles: [{ title: 'Twin Cities Pioneer Press', names: /\b(?:Pioneer Press|Twin Cities)\b/u }] },
  // Single titles' publishers: AppleInsider's ("Copyright © 2019, Quiller Media, Inc."), CRN's.
  { group: /^quiller media$/iu, titles: [{ title: 'AppleInsider', names: /\bAppleInsider\b/u }] },
  { group: /^(?:the )?channel company$/iu, titles: [{ title: 'CRN', names: /\bCRN\b/u }] },
  // Hearst Shkulev Publishing's Russian sites ("Copyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019").
  { group: /^х[её]рст шкул[её]в паблишинг$/iu, titles: [{ title: 'Wday.ru', names: /\bWday(?:\.ru)?\b/u }] },
  // Future's sites ("© Future US, Inc. 11 West 42nd Street, …").
  { group: /^future (?:us|plc|publishing)$/iu, titles: [{ title: 'Live Science', names: /\bLive Science\b/u }] },
  { group: /^(?:the )?slate group$/iu, titles: [{ title: 'Slate', names: /\bSlate\b/u }] },
  { group: /^(?:the )?poynter institute$/iu, titles: [{ title: 'PolitiFact', names: /\bPolitiFact\b/u }] },
  { group: /^mortons media group$/iu, titles: [{ title: 'MoreBikes', names: /\bMoreBikes\b/u }] },
  // Active Interest Media's magazines ("© 2019 by Cruz Bay Publishing, Inc., an Active Interest Media company").
  { group: /^cruz bay publishing$/iu, titles: [{ title: 'Practical Horseman', names: /\bPractical Horseman\b/u }] },
];

/** Lines outside the story that must name a title for it to be the site: one mention is a link to a sister title. */
const MENTIONS = 2;

/**
 * The one title of `group` that more of `chrome` (the lines outside the story) name than any other,
 * in at least two lines; null when the group is not listed, or no title stands out.
 */
export function groupTitle(chrome: readonly ClassifiedLine[], group: string): string | null {
  const titles = TITLES.find((g) => g.group.test(group))?.titles;
  if (!titles) return null;
  const counted = titles.map(({ title, names }) => ({ title, lines: chrome.filter((l) => names.test(l.text)).length }));
  const [best, next] = counted.sort((a, b) => b.lines - a.lines);
  return best && best.lines >= MENTIONS && best.lines > (next?.lines ?? 0) ? best.title : null;
}
