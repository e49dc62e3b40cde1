// Runs in the renderer. How many words a note has, for the count under it.
// With its extension: Node's tests import this module too (tests/unit/word-count.test.ts).

/**
 * Chinese and Japanese characters: written without spaces, each counts as a word, as word processors
 * count them. Letters and digits only: the scripts' own punctuation ("。", "、") shares their script
 * extensions.
 */
const UNSPACED_CHARACTER = String.raw`(?:(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])`;
/** A letter, digit or mark of any other script (Korean is written in spaced words, and counted so). */
const SPACED = String.raw`(?:(?!${UNSPACED_CHARACTER})[\p{L}\p{N}])`;
const SPACED_REST = String.raw`(?:(?!${UNSPACED_CHARACTER})[\p{L}\p{N}\p{M}'’-])`;
const WORD = new RegExp(`${UNSPACED_CHARACTER}|${SPACED}${SPACED_REST}*`, 'gu');

/** Words as a person counts them: runs of letters or digits in any script, each Chinese or Japanese character one (emoji do not count). */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
