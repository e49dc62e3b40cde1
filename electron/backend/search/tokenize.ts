// Runs in Node (the search worker). MiniSearch's tokeniser, `text.split(/[\n\r\p{Z}\p{P}]+/u)`, as a
// scan of the text: documents and queries must split into words exactly as MiniSearch splits them
// (ranked-query.ts scores as MiniSearch would; tokenize.test.ts compares the two on any text).
//
// Why by hand: the regular expression's split was a quarter of building the search index (about
// 9 s of a worker's CPU over 100,000 articles, while the extraction workers wanted the same cores);
// a table of which characters separate words, looked up once per character, does it in less.
const SEPARATOR = /[\n\r\p{Z}\p{P}]/u;

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 separates words, 2 does not. */
const bmp = new Uint8Array(0x10000);
/** Astral characters (a few punctuation marks of historic scripts) are rare: tested each time. */
const astral = (codePoint: number): boolean => SEPARATOR.test(String.fromCodePoint(codePoint));

function isBmpSeparator(unit: number): boolean {
  let known = bmp[unit] ?? 0;
  if (known === 0) {
    // A lone surrogate is never punctuation: the pair it starts is tested as one character.
    known = unit >= 0xd800 && unit <= 0xdfff ? 2 : SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 2;
    bmp[unit] = known;
  }
  return known === 1;
}

/** How many UTF-16 units the word separator at `at` takes (1, or 2 for an astral one), or 0 for none. */
function separatorAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return isBmpSeparator(unit) ? 1 : 0;
  const codePoint = text.codePointAt(at) ?? unit;
  return codePoint > 0xffff && astral(codePoint) ? 2 : 0;
}

/**
 * The words of `text` as MiniSearch's default tokeniser gives them: the pieces between runs of line
 * breaks, spaces and punctuation, with an empty piece where the text starts or ends with one.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    let width = separatorAt(text, at);
    if (width === 0) {
      at++;
      continue;
    }
    tokens.push(text.slice(start, at));
    do at += width;
    while (at < text.length && (width = separatorAt(text, at)) > 0);
    start = at;
  }
  tokens.push(text.slice(start));
  return tokens;
}
