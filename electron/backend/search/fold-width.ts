// Runs in Node (the search worker). Full-width Latin letters, digits and punctuation, as Japanese and
// Chinese text writes them among its own characters ("ＮＨＫ", "２０１９年"), read as the ordinary ones,
// so that "NHK" and "2019" find them (and the other way round).
//
// Only U+FF01–U+FF5E, each one UTF-16 unit like the character it stands for: offsets in a folded
// text are offsets in the original, so snippets and the reader can mark the match where it is.
// (NFKC would fold more, half-width katakana among it, but changes lengths: "ｶﾞ" becomes "ガ".)
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

export function foldWidth(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (character) => String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
