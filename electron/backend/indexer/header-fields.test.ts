// Runs in Node (tests). The language shown for an article: by script, by function words, and by
// tinyld (loaded the first time a text needs it) for languages no stopword list covers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './header-fields.js';

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

test('a body too short to tell is left without a language', () => {
  assert.equal(detectLanguage(['Share', 'Print']), null);
});
