// Runs in Node. Function words per language: their density is the strongest language-neutral sign
// that a line is running prose (jusText's key signal) rather than a menu, a label or a headline list.
// Short lists of the most frequent words are enough for a density measure; languages without a list
// fall back to punctuation and length (see boilerplate.ts).

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

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

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
 * The language whose function words dominate the tokens, when the evidence is clear (enough hits,
 * twice the runner-up); null otherwise. Nearly free, so the slower statistical detector runs only
 * for pages this cannot settle.
 */
export function stopwordLanguage(tokens: readonly string[]): string | null {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  for (const token of tokens) for (const language of LANGUAGES_OF.get(token) ?? []) counts[language] = (counts[language] ?? 0) + 1;
  const hits = LANGUAGES.map((code, i) => [code, counts[i] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = hits;
  if (!best || best[1] < 8 || best[1] < 2 * (second?.[1] ?? 0)) return null;
  return best[0];
}
