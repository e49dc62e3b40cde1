// Runs in Node (the search worker). Search ignores how a letter is dressed: "Sao Paulo" finds "São
// Paulo", "Pena Nieto" "Peña Nieto", and "NHK" the full-width "ＮＨＫ" that Japanese and Chinese text
// writes among its own characters (and the other way round). Index terms and queries are folded;
// texts never are: a snippet finds a term in any of its forms (variantsPattern), so marks and the
// reader's offsets are the text's own.
//
// Folded: accents on Latin and Greek letters (what remains when Unicode's decomposition takes off
// the marks: "é" is "e" and an accent), full-width Latin letters, digits and punctuation, and
// half-width katakana ("ｶﾞｲﾄﾞ" is "ガイド"; folded as text is split into pairs, see fullWidthKana).
// Not folded: letters that are letters of their own ("ø", "ß", "ł"), nor Cyrillic ("й" is not "и"),
// nor kana's voicing ("が" is not "か").
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Blocks of precomposed Latin and Greek letters with accents. */
const ACCENTED_BLOCKS: ReadonlyArray<[number, number]> = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
  [0x0386, 0x03ce],
  [0x1f00, 0x1ffc],
];
const MARKS_AFTER_LETTER = /(?<=[\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const ONLY_ASCII = /^[\x00-\x7f]*$/;
const HAS_MARK = /\p{M}/u;
/** A character that folds (see tables), or an accent typed as a mark of its own. */
const FOLDABLE = /[\u00c0-\u024f\u0300-\u036f\u0386-\u03ce\u1e00-\u1eff\u1f00-\u1ffc\uff01-\uff5e]/;

/** Whether a text may hold a term in another form than its folded one; most English text does not. */
export function hasFoldableForms(text: string): boolean {
  return FOLDABLE.test(text);
}

/** Character → its plain form, for the characters that have one; plain form (lowercase) → all its forms. */
let folds: { plain: Map<string, string>; forms: Map<string, string[]> } | null = null;

function tables(): { plain: Map<string, string>; forms: Map<string, string[]> } {
  if (folds) return folds;
  const plain = new Map<string, string>();
  for (let unit = FULL_WIDTH_FIRST; unit <= FULL_WIDTH_LAST; unit++) plain.set(String.fromCharCode(unit), String.fromCharCode(unit - FULL_WIDTH_OFFSET));
  for (const [first, last] of ACCENTED_BLOCKS) {
    for (let unit = first; unit <= last; unit++) {
      const character = String.fromCharCode(unit);
      const decomposed = character.normalize('NFD');
      if (decomposed.length > 1 && /^\P{M}\p{M}+$/u.test(decomposed)) plain.set(character, decomposed.charAt(0));
    }
  }
  const forms = new Map<string, string[]>();
  for (const [character, base] of plain) {
    const key = base.toLowerCase();
    const known = forms.get(key);
    if (known) known.push(character);
    else forms.set(key, [key, character]);
  }
  folds = { plain, forms };
  return folds;
}

/** A term as the index keeps it: accents off Latin and Greek letters, full width made ordinary. */
export function foldTerm(term: string): string {
  if (ONLY_ASCII.test(term)) return term;
  const hasMark = HAS_MARK.test(term);
  // Most other terms (Chinese and Japanese pairs, Cyrillic words) have nothing to fold.
  if (!hasMark && !FOLDABLE.test(term)) return term;
  const { plain } = tables();
  // An accent typed as a mark of its own ("e" + U+0301) is put on its letter first, then folded with it.
  const composed = hasMark ? term.normalize('NFC') : term;
  let folded = '';
  for (const character of composed) folded += plain.get(character) ?? character;
  return hasMark ? folded.replace(MARKS_AFTER_LETTER, '') : folded;
}

/** Half-width katakana: letters, the long vowel mark and the two voicing marks (U+FF66–U+FF9F). */
const HALF_WIDTH_KANA = /[\uff66-\uff9f]/;
/** A run of them, with the full-width katakana before it that a leading voicing mark belongs to. */
const HALF_WIDTH_KANA_RUN = /[\u30a1-\u30fa]?[\uff66-\uff9f]+/g;

/** Whether a text holds half-width katakana (old Japanese systems, forums, shop listings write them). */
export function hasHalfWidthKana(text: string): boolean {
  return HALF_WIDTH_KANA.test(text);
}

/**
 * Half-width katakana as the full-width kana they stand for, each voicing mark joined to its letter
 * ("ｶﾞｲﾄﾞ" → "ガイド"): Unicode's compatibility composition (NFKC), applied to those runs alone, since
 * over a whole text it would also rewrite ligatures, superscripts and circled numbers. Done before
 * Japanese text is cut into pairs of characters (tokenize.ts), as a letter and its voicing mark are
 * two characters half width and one full width.
 */
export function fullWidthKana(text: string): string {
  return hasHalfWidthKana(text) ? text.replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC')) : text;
}

/** Full-width katakana → how half width writes it ("ガ" → "ｶﾞ"), built on first use. */
let halfWidthForms: Map<string, string> | null = null;

function halfWidthOf(): Map<string, string> {
  if (halfWidthForms) return halfWidthForms;
  const forms = new Map<string, string>();
  for (let unit = 0xff66; unit <= 0xff9d; unit++) forms.set(String.fromCharCode(unit).normalize('NFKC'), String.fromCharCode(unit));
  const marks: Record<string, string> = { '\u3099': '\uff9e', '\u309a': '\uff9f' };
  for (let unit = 0x30a1; unit <= 0x30fa; unit++) {
    const [letter = '', mark = ''] = String.fromCharCode(unit).normalize('NFD');
    const half = forms.get(letter);
    const halfMark = marks[mark];
    if (half && halfMark) forms.set(String.fromCharCode(unit), half + halfMark);
  }
  halfWidthForms = forms;
  return forms;
}

/**
 * A regular expression's source matching a Chinese, Japanese or Korean term (a pair of characters,
 * see tokenize.ts) as it is written or with its katakana half width ("ガイ" also finds "ｶﾞｲ"); null
 * for a term without katakana, which half width cannot write another way.
 */
export function kanaVariantsPattern(term: string): string | null {
  const forms = halfWidthOf();
  let pattern = '';
  let variants = false;
  for (const character of term) {
    const half = forms.get(character);
    variants ||= half !== undefined;
    pattern += half ? `(?:${escapeRegExp(character)}|${escapeRegExp(half)})` : escapeRegExp(character);
  }
  return variants ? pattern : null;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression's source matching a folded term in any of its forms ("e" also "é", "ｅ", "e" + accent). */
export function variantsPattern(term: string): string {
  const { forms } = tables();
  let pattern = '';
  for (const character of term) {
    const all = forms.get(character);
    pattern += all ? `(?:[${all.map(escapeRegExp).join('')}]\\p{M}*)` : escapeRegExp(character);
  }
  return pattern;
}
