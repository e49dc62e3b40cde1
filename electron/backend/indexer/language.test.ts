// Runs in Node (tests). The language shown for an article: by script, by function words, and by
// tinyld's models (loaded the first time a text needs one) for the texts function words cannot settle.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { detectLanguage } from './language.js';

/** Few function words, all English: the words lean English without settling it. */
const TERSE_ENGLISH = [
  'Foreign ministers promised closer cooperation with allies. Officials scheduled deployment talks for Tuesday.',
  'Alliance radar systems remain contested. Washington, Moscow exchange proposals; Brussels hosts the summit.',
];

test('a body in a language without a stopword list is still named (the model loads when first needed)', () => {
  const turkish = [
    'Türkiye Cumhuriyeti Dışişleri Bakanlığı, füze savunma sisteminin Rusya tarafından eleştirildiğini açıkladı.',
    'Yetkililer konuyu görüştü ve yarın yeniden toplanacaklar.',
  ];
  assert.equal(detectLanguage(turkish), 'tr');
});

test('English and Russian bodies are named by their function words, Japanese by its script', () => {
  assert.equal(detectLanguage(['NATO said on Monday that the missile shield is not aimed at Russia and that talks will go on in Brussels.']), 'en');
  assert.equal(detectLanguage(['Генсек НАТО заявил, что система противоракетной обороны не направлена против России и что переговоры продолжатся.']), 'ru');
  assert.equal(detectLanguage(['北大西洋条約機構は月曜日、ミサイル防衛システムはロシアに向けたものではないと述べた。協議は続く見通しだ。']), 'ja');
});

test('a terse English body is settled by the light model, without loading the full one', () => {
  // In a process of its own: which models are loaded is the point.
  const script = `
    import { createRequire } from 'node:module';
    const { detectLanguage } = await import(${JSON.stringify(new URL('./language.ts', import.meta.url).href)});
    const language = detectLanguage(${JSON.stringify(TERSE_ENGLISH)});
    const require = createRequire(import.meta.url);
    const loaded = (name) => require.resolve(name) in require.cache;
    console.log(JSON.stringify({ language, full: loaded('tinyld'), light: loaded('tinyld/light') }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out.trim()), { language: 'en', full: false, light: true });
});

test('the light model does not name a language it does not know by a neighbour it knows', () => {
  // Ukrainian shares a few function words with Russian, which the light model knows and Ukrainian
  // it does not: the full model names it. Dutch, where English function words lead, likewise.
  const ukrainian = ['Генеральний секретар НАТО заявив, що система протиракетної оборони не спрямована проти Росії. Переговори тривають у Брюсселі, повідомляють дипломати.'];
  const dutch = ['De minister van Buitenlandse Zaken zei dat het raketschild niet tegen Rusland is gericht. Gesprekken gaan door in Brussel, aldus diplomaten.'];
  assert.equal(detectLanguage(ukrainian), 'uk');
  assert.equal(detectLanguage(dutch), 'nl');
  assert.equal(detectLanguage(TERSE_ENGLISH), 'en');
});

test('a body too short to tell is left without a language', () => {
  assert.equal(detectLanguage(['Share', 'Print']), null);
});
