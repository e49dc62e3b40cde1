// Runs in Node. Function words per language: their density is the strongest language-neutral sign
// that a line is running prose (jusText's key signal) rather than a menu, a label or a headline list.
// Short lists of the most frequent words are enough for a density measure; languages without a list
// fall back to punctuation and length (see boilerplate.ts).

import { fnv1a, scanWords, scanned } from './text-utils.js';

const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its it's itself just me more most my no
    nor not now of off on once only or other our ours out over own same she should so some such than that
    the their theirs them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours said says since may
    might must shall than upon whether yet though although however still even already`,
  de: `der die das und ist in den von zu mit sich des auf für nicht ein eine als auch es an werden aus er
    hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber
    vor zur bis mehr durch man sein wurde sei im ich wir ihr sich dem kann können muss wenn dann doch
    schon sehr hier dort keine kein diese dieser dieses`,
  fr: `le la les de des du un une et est en que qui dans pour pas sur au aux avec ce ces il elle ils ne se
    sont par plus son sa ses leur été être a ont mais ou comme nous vous on je tu cette cet aussi très
    sans sous entre dont où y lui leurs était avait fait tout tous`,
  es: `el la los las de del y en que un una es por con para no se su sus al lo como más pero le ha son
    este esta fue ser sobre entre también desde todo muy ya o sin cuando donde porque hay les nos
    era han sido`,
  it: `il lo la i gli le di del della dei delle un una e è in che per con non si su da al alla ai come
    più ma sono anche questo questa ha stato essere tra nel nella nei negli dal dalla ci ne se o anche
    quando dove perché cui chi loro lui lei io noi voi molto poi già solo`,
  pt: `o a os as de do da dos das um uma e é em no na nos nas que para com não se por ao aos mais mas
    como foi ser são seu sua também entre pelo pela pelos pelas ele ela eles elas isso esse essa este
    esta quando onde muito já ou só há até sobre`,
  ru: `и в во не на что с со как по он она оно они это этот эта эти из к ко у за от о об то но так же для
    мы вы я ты был была были было быть есть его её ее их им ему ей бы до при только уже или если когда
    чтобы также который которая которое которые а да нет все всё вся весь там тут где вот ли ни даже еще
    ещё очень может можно нужно себя свой своя свои меня мне нас вам вас ну после через под над без между`,
  id: `yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga oleh sebagai atau karena
    bisa telah sudah mereka kami kita saya dia ia adalah jadi jika kalau tapi tetapi namun agar supaya
    seperti hanya lebih sangat masih belum harus dapat para pun bahwa saat setelah sebelum antara
    tersebut kami kamu anda apa siapa mana cuma sekali lagi`,
};

/** One set over all languages: a page may mix them, and cross-language collisions are harmless here. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((list) => list.split(/\s+/).filter(Boolean)),
);

const LANGUAGES = Object.keys(LISTS);
/** Each function word and the languages (indexes into LANGUAGES) that list it: one lookup per token. */
const LANGUAGES_OF = new Map<string, number[]>();
Object.values(LISTS).forEach((list, language) => {
  for (const word of new Set(list.split(/\s+/).filter(Boolean))) {
    const languages = LANGUAGES_OF.get(word);
    if (languages) languages.push(language);
    else LANGUAGES_OF.set(word, [language]);
  }
});

/**
 * The function words by their FNV-1a hash, for isStopwordAt and stopwordCounts: open addressing
 * over parallel arrays, a slot per word at a quarter full. Why not the Set and the Map: line
 * splitting asks about every token of every page, and they need each token as a string of its own
 * (a copy, then V8 hashing its characters again); this answers from the hash the splitter computes
 * anyway and the characters in place. Fewer than 2^15 slots: lines.ts keeps a page's as 16-bit integers.
 * A slot holds its word's hash with the lowest bit set, so that 0 marks an empty one: most tokens
 * are no function word, and are turned away by one read of the hashes, never of the words.
 */
const STOP_SLOTS = 1 << Math.ceil(Math.log2(STOPWORDS.size * 4));
const stopHashes = new Int32Array(STOP_SLOTS);
const stopWords: Array<string | undefined> = new Array<string | undefined>(STOP_SLOTS).fill(undefined);
const stopLanguages: Array<readonly number[]> = new Array<readonly number[]>(STOP_SLOTS).fill([]);
for (const word of STOPWORDS) {
  const hash = fnv1a(word);
  let slot = hash & (STOP_SLOTS - 1);
  while (stopHashes[slot] !== 0) slot = (slot + 1) & (STOP_SLOTS - 1);
  stopHashes[slot] = hash | 1;
  stopWords[slot] = word;
  stopLanguages[slot] = LANGUAGES_OF.get(word) ?? [];
}

/** The slot of the function word text.slice(start, end) (whose fnv1a hash is `hash`), or -1. */
export function stopSlotAt(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  const marked = hash | 1;
  for (let slot = hash & (STOP_SLOTS - 1); ; slot = (slot + 1) & (STOP_SLOTS - 1)) {
    const stored = stopHashes[slot];
    if (stored === 0) return -1;
    if (stored !== marked) continue;
    const word = stopWords[slot] ?? '';
    if (word.length !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = word.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return slot;
  }
}

/** STOPWORDS.has(text.slice(start, end)), given that slice's fnv1a hash, without making the slice. */
export function isStopwordAt(text: string, start: number, end: number, hash: number): boolean {
  return stopSlotAt(text, start, end, hash) >= 0;
}

/** Hits per language (indexes into LANGUAGES), to be filled by countStopwordSlot and ranked. */
export const emptyStopwordCounts = (): number[] => new Array<number>(LANGUAGES.length).fill(0);

/** Counts the function word in `slot` (stopSlotAt's; -1 for none) for each language listing it. */
export function countStopwordSlot(counts: number[], slot: number): void {
  if (slot >= 0) for (const language of stopLanguages[slot] ?? []) counts[language] = (counts[language] ?? 0) + 1;
}

/** Counts the function words of a text (lowercased here) into `counts`. */
export function countStopwords(counts: number[], text: string): void {
  const lower = text.toLowerCase();
  const tokens = scanWords(lower);
  const { hashes, bounds } = scanned;
  for (let k = 0; k < tokens; k++) countStopwordSlot(counts, stopSlotAt(lower, bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0, hashes[k] ?? 0));
}

/** Languages by their counts, most first (ties in list order). */
export function rankStopwordCounts(counts: readonly number[]): Array<readonly [language: string, hits: number]> {
  // Pushed, not mapped: see textsOf in extract-text.ts.
  const ranked: Array<readonly [string, number]> = [];
  LANGUAGES.forEach((code, i) => ranked.push([code, counts[i] ?? 0]));
  return ranked.sort((a, b) => b[1] - a[1]);
}

/** Languages by how many of a text's word tokens are their function words, most first (ties in list order). */
export function stopwordCounts(text: string): Array<readonly [language: string, hits: number]> {
  const counts = emptyStopwordCounts();
  countStopwords(counts, text);
  return rankStopwordCounts(counts);
}

/**
 * The language whose function words dominate the counts (stopwordCounts), when the evidence is
 * clear (enough hits, twice the runner-up); null otherwise. Nearly free, so the slower statistical
 * detector runs only for pages this cannot settle.
 */
export function clearStopwordLanguage(hits: ReadonlyArray<readonly [string, number]>): string | null {
  const [best, second] = hits;
  if (!best || best[1] < 8 || best[1] < 2 * (second?.[1] ?? 0)) return null;
  return best[0];
}
