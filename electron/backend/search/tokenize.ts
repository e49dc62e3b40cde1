// Runs in Node (the search worker). MiniSearch's tokeniser, `text.split(/[\n\r\p{Z}\p{P}]+/u)`, as a
// scan of the text, with one addition: Chinese, Japanese and Korean, which put no space between
// words, are indexed as overlapping pairs of characters (tokenize.test.ts compares the rest with
// MiniSearch on any text; ranked-query.ts scores as MiniSearch would).
//
// Why by hand: the regular expression's split was a quarter of building the search index (about
// 9 s of a worker's CPU over 100,000 articles, while the extraction workers wanted the same cores);
// a table of what each character is, looked up once per character, does it in less.
//
// Why pairs of characters rather than words (Intl.Segmenter): split at spaces, "商品の改造が商標法違反に"
// was one word, so "商標" inside it could never be found. A dictionary segmenter cuts a clause where
// its dictionary says, and a query cut differently from the text finds nothing; pairs find any run
// of two or more characters wherever it stands ("商標法" is "商標" and "標法", both in the text), as
// Lucene's CJK analyser does. A single character is found as the start of a pair (search-index.ts).
import { fullWidthKana } from './fold.js';

const SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
/** Scripts written without spaces between words (Hangul's words are spaced, but take endings). */
const UNSPACED_CLASS = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}]';
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');

const SEPARATES = 1;
const WORD = 2;
const UNSPACED_WORD = 3;
/** Half-width katakana (U+FF66–U+FF9F): unspaced, and folded to full width before pairing. */
const HALF_WIDTH_KANA = 4;

function classOf(character: string): number {
  if (SEPARATOR.test(character)) return SEPARATES;
  if (!UNSPACED.test(character)) return WORD;
  const unit = character.charCodeAt(0);
  return unit >= 0xff66 && unit <= 0xff9f ? HALF_WIDTH_KANA : UNSPACED_WORD;
}

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, else its class. */
const bmp = new Uint8Array(0x10000);

function bmpClass(unit: number): number {
  let known = bmp[unit] ?? 0;
  if (known === 0) {
    // A lone surrogate is never punctuation: the pair it starts is tested as one character.
    known = unit >= 0xd800 && unit <= 0xdfff ? WORD : classOf(String.fromCharCode(unit));
    bmp[unit] = known;
  }
  return known;
}

/** The class of the character at `at`; astral ones (rare Han, historic punctuation) tested each time. */
function classAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return bmpClass(unit);
  const codePoint = text.codePointAt(at) ?? unit;
  return codePoint > 0xffff ? classOf(String.fromCodePoint(codePoint)) : WORD;
}

/** Whether a search term is a piece of Chinese, Japanese or Korean text (a pair, or one character). */
export function isUnspacedTerm(term: string): boolean {
  return term.length > 0 && UNSPACED.test(term);
}

/**
 * The words of `text`: the pieces between runs of line breaks, spaces and punctuation, with an empty
 * piece where the text starts or ends with one (as MiniSearch's default tokeniser gives them); a piece
 * in a script written without spaces becomes its pairs of characters (see above).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  let at = 0;
  let unspaced = false;
  let halfWidth = false;
  while (at < text.length) {
    const kind = classAt(text, at);
    if (kind !== SEPARATES) {
      if (kind >= UNSPACED_WORD) unspaced = true;
      if (kind === HALF_WIDTH_KANA) halfWidth = true;
      at++;
      continue;
    }
    pushPiece(tokens, text.slice(start, at), unspaced, halfWidth);
    unspaced = false;
    halfWidth = false;
    do at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    while (at < text.length && classAt(text, at) === SEPARATES);
    start = at;
  }
  pushPiece(tokens, text.slice(start), unspaced, halfWidth);
  return tokens;
}

/** `halfWidth`: the piece has half-width katakana, to be made full width first (fold.ts). */
function pushPiece(tokens: string[], piece: string, unspaced: boolean, halfWidth: boolean): void {
  if (!unspaced) tokens.push(piece);
  else pushPairs(tokens, halfWidth ? fullWidthKana(piece) : piece);
}

/** A piece mixing scripts ("NATO的导弹") gives its spaced runs as words and its unspaced runs as pairs. */
function pushPairs(tokens: string[], piece: string): void {
  let run: string[] = [];
  let spaced = '';
  const endRun = () => {
    if (run.length === 1) tokens.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(`${run[i]}${run[i + 1]}`);
    run = [];
  };
  for (const character of piece) {
    const kind = character.length === 1 ? bmpClass(character.charCodeAt(0)) : classOf(character);
    if (kind >= UNSPACED_WORD) {
      if (spaced) tokens.push(spaced);
      spaced = '';
      run.push(character);
    } else {
      endRun();
      spaced += character;
    }
  }
  endRun();
  if (spaced) tokens.push(spaced);
}
