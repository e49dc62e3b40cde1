// Runs in Node. The name a copyright line gives ("© 2019 Sputnik. All rights reserved" → "Sputnik"),
// for the site's name, or null when it gives none: a link ("Copyright Policy"), a bare notice
// ("© 2019 All rights reserved"), a name too long to be one.
import { isLinkText } from './publisher-group.js';

/** What opens the line before the name: the sign (or "ⓒ", "@", "(с)" typed in Cyrillic), "Copyright",
 * "by", "All contents", the notice put first ("©All Rights Reserved Poynter Institute 2019"), years and
 * ranges, stray punctuation; in any order, repeated. */
const LEAD = /^(?:(?:[©ⓒ]|\([cс]\)|@(?=[\s\d])|copyright\b|by\b|all contents\b|all rights reserved\b)\s*|\d{4}(?:\s*[-–—]\s*(?:\d{2,4})?)?(?:[.,:]|\s|$)\s*|[-–—.,:;|]\s*)+/iu;
/** "All rights reserved" ("reproduction forbidden" in Korean and Japanese) in the languages the captures come in, and all that follows it. */
const NOTICE = /[\s.,;:|–—-]*\b(?:all rights reserved|todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati)\b.*$|[\s.,;:|–—-]*(?:все права защищены|무단\s?전재|無断転載|禁無断転載|版权所有).*$/iu;
/** A separator and what follows it: links and notes beside the name ("— Read our terms", " | Terms", " - ISSN: ..."),
 * a second holder ("Business Insider Deutschland / finanzen.net GmbH"). */
const AFTER_SEPARATOR = /\s+[|/–—-]\s+.*$|\s*\|.*$/u;
/** Links a footer puts after the name with a comma ("Quiller Media, Inc., Contact Us"). */
const TRAILING_LINK = /,\s*(?:contact us|about us|terms\b.*|privacy\b.*)$/iu;
/** "(www.albawaba.com)" after the name; ", a Digital First Media Newspaper": an apposition. */
const PARENTHESIS = /\s*\([^()]*\)$/u;
const APPOSITION = /,\s+(?:a|an|part of)\s.*$/iu;
const TRAILING_YEAR = /[\s,.]*\d{4}(?:\s*[-–—]\s*\d{2,4})?$/u;
/** Words of a link or a notice, not of a name ("Copyright Policy", "Copyright and Reprint"). */
const NOT_A_NAME = /^(?:policy|notice|information|info|(?:and\s+)?reprints?(?:\s+and\s+permissions)?|permissions|terms(?:\s.*)?|statement|all|our|the)$/iu;

/** The web designer's credit a footer puts where the holder would be ("© 2002-2019 - Designed by ..."). */
const MAKER_CREDIT = /^(?:designed|powered|developed|hosted|built|made|website|site)\s+(?:by|with)\b/iu;

const TRAILING_PUNCTUATION = /[\s.,;:]+$/u;

/** The company's address after its legal form ("Future US, Inc. 11 West 42nd Street, 15th Floor, …",
 * "Mortons Media Group Ltd, Media Centre, Morton Way, …"): the name ends with the form. */
const AFTER_LEGAL_FORM = /^(.+?,?\s+(?:inc|llc|ltd|limited|plc|gmbh)\b)[.,]\s+\S.*$/iu;

/**
 * The company's legal form, which names the firm rather than the site a reader knows ("Hearst
 * Communications, Inc", "Vox Media, LLC", "Dow Jones & Company, Inc", "ООО «Хёрст Шкулёв Паблишинг»").
 * "Company" alone stays: it is part of names ("The Channel Company").
 */
const LEGAL_FORM = /(?:,?\s+(?:&\s+(?:co|company)|inc|llc|l\.l\.c|ltd|limited|plc|corp|corporation|gmbh|ag|s\.?a|s\.?l|b\.?v|n\.?v|pvt|private\s+(?:ltd|limited)|pty\s+ltd|co\.?,?\s+ltd)\b\.?)+$/iu;
/** A Russian company's form around its quoted name: ООО «Name», АО "Name". */
const RUSSIAN_FORM = /^(?:ООО|ОАО|ЗАО|ПАО|АО|ИП)\s+[«"„](.+)[»"“]$/u;

const MAX_LENGTH = 40;
const MAX_WORDS = 5;

export function copyrightHolder(line: string): string | null {
  let name = line.trim().replace(LEAD, '');
  name = name.replace(NOTICE, '').replace(AFTER_SEPARATOR, '').replace(TRAILING_LINK, '');
  name = name.replace(PARENTHESIS, '').replace(APPOSITION, '').replace(TRAILING_PUNCTUATION, '').replace(TRAILING_YEAR, '');
  name = name.replace(TRAILING_PUNCTUATION, '').trim();
  name = name.replace(AFTER_LEGAL_FORM, '$1').replace(LEGAL_FORM, '').replace(RUSSIAN_FORM, '$1').replace(TRAILING_PUNCTUATION, '').trim();
  if (name.length === 0 || name.length > MAX_LENGTH || name.split(/\s+/).length > MAX_WORDS) return null;
  // A second notice in the line ("Wccftech © 2019 NewAge ADS"): two holders, neither one the name
  // (nameBeforeNotice reads the site's, before the sign).
  if (!/\p{L}/u.test(name) || NOT_A_NAME.test(name) || MAKER_CREDIT.test(name) || name.includes('©')) return null;
  return name;
}

/** "Wccftech © 2019 NewAge ADS, LLC": the site's name before the notice of the company that holds it. */
const NAME_BEFORE_NOTICE = /^(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3})\s*©\s*\d{4}/u;

/** What a notice may be about rather than whose it is ("Photos © 2019 Reuters"). */
const CONTENT_WORD = /^(?:photos?|images?|pictures?|graphics?|videos?|text|contents?|design|website|site|page)$/iu;

/** The name a copyright line gives before its notice ("Wccftech © 2019 …"), or null. */
export function nameBeforeNotice(line: string): string | null {
  const name = NAME_BEFORE_NOTICE.exec(line.trim())?.[1];
  // "Copyright © 2019 …", "All Contents © …", "IPSO Regulated Copyright ©2019 …": the notice's own words, not a name.
  return name && name.replace(LEAD, '') === name && !/\bcopyright\b/iu.test(name) && !CONTENT_WORD.test(name) && !isLinkText(name) ? name : null;
}
