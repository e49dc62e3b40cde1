// Runs in Node (the search worker). Search ignores how a letter is dressed: "Sao Paulo" finds "São
// Paulo", "Pena Nieto" "Peña Nieto", and "NHK" the full-width "ＮＨＫ" that Japanese and Chinese text
// writes among its own characters (and the other way round). Index terms and queries are folded;
// texts never are: a snippet finds a term in any of its forms (variantsPattern), so marks and the
// reader's offsets are the text's own.
//
// Folded: accents on Latin and Greek letters (what remains when Unicode's decomposition takes off
// the marks: "é" is "e" and an accent), and full-width Latin letters, digits and punctuation. Not
// folded: letters that are letters of their own ("ø", "ß", "ł"), nor Cyrillic ("й" is not "и"), nor
// kana ("が" is not "か").
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
