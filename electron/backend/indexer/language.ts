// Runs in Node. The body's language, for the reader's `lang` (hyphenation, a screen reader's voice)
// and the article's details: by script, by function words, and by tinyld's statistical models for
// the pages those cannot settle.
import type * as Tinyld from 'tinyld';
import { clearStopwordLanguage, stopwordCounts } from './stopwords.js';
import { loadOnFirstUse } from '../load-on-first-use.js';

/**
 * tinyld in two sizes. The full model (62 languages) takes about a quarter of a second of CPU to
 * load, in every extraction worker that meets one page needing it: 6–8 % of a cold index of 10,000
 * captures, for 19 of its pages. The light one (24 languages) loads in a fifth of that time.
 */
const lightModel = loadOnFirstUse<typeof Tinyld>('tinyld/light');
const fullModel = loadOnFirstUse<typeof Tinyld>('tinyld');

/**
 * The languages whose answer from the light model is taken when the function words lean the same
 * way: each one's close relatives are in the light model too, so a page in a relative it lacks is
 * not taken for its neighbour. Not Russian (the light model has no Ukrainian, Belarusian, Bulgarian,
 * Serbian or Macedonian), nor Indonesian (not in it at all).
 */
const LIGHT_SETTLES: ReadonlySet<string> = new Set(['en', 'de', 'fr', 'es', 'pt', 'it']);
/** How sure the light model must be, and by how much ahead of its runner-up (its accuracy scores). */
const LIGHT_SURE = 0.2;
const LIGHT_MARGIN = 4;

const SAMPLE_LENGTH = 1500;
const MODEL_SAMPLE_LENGTH = 800;

/** At least `count` letters (UTF-16 units, as `length` counts them): stops looking once it has them. */
function hasLetters(text: string, count: number): boolean {
  let letters = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) if ((letters += m[0].length) >= count) return true;
  return false;
}

/** paragraphs.join('\n').slice(0, length), joining only the paragraphs it needs (bodies run to MBs). */
function joinedStart(paragraphs: readonly string[], length: number): string {
  let count = 0;
  for (let size = 0; count < paragraphs.length && size < length; count++) size += (paragraphs[count]?.length ?? 0) + 1;
  return paragraphs.slice(0, count).join('\n').slice(0, length);
}

/**
 * A page whose function words lean to `leaning` without settling it (few of them, say): the light
 * model's answer when it names the same language, surely; else the full model's ('' for none).
 */
function byModels(sample: string, leaning: string | null): string {
  if (leaning && LIGHT_SETTLES.has(leaning)) {
    const [first, second] = lightModel().detectAll(sample);
    if (first?.lang === leaning && first.accuracy >= LIGHT_SURE && first.accuracy >= LIGHT_MARGIN * (second?.accuracy ?? 0)) return leaning;
  }
  return fullModel().detect(sample);
}

/**
 * stopwordCounts of the paragraphs joined by "\n" and cut to `length`, when the caller has counted
 * their function words already (line splitting looks every word up).
 */
export type StopwordCounter = (length: number) => ReturnType<typeof stopwordCounts>;

/**
 * Language of the body, from its first 1,500 characters: the script for Japanese and Korean, function
 * words for the languages stopwords.ts lists, and tinyld (about 2 ms a call, too slow to run on
 * every one of a thousand captures) for the rest.
 */
export function detectLanguage(paragraphs: readonly string[], countedStopwords?: StopwordCounter): string | null {
  const sample = joinedStart(paragraphs, SAMPLE_LENGTH);
  if (!hasLetters(sample, 40)) return null;
  if (/[\u3040-\u30ff]/u.test(sample)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(sample)) return 'ko';
  const counts = countedStopwords ? countedStopwords(SAMPLE_LENGTH) : stopwordCounts(sample);
  const clear = clearStopwordLanguage(counts);
  if (clear) return clear;
  const [leader] = counts;
  const code = byModels(sample.slice(0, MODEL_SAMPLE_LENGTH), leader && leader[1] > 0 ? leader[0] : null);
  return code === '' ? null : code;
}
