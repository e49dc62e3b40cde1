// Runs in Node (tests). Re-anchoring over the real seed articles: each highlight is described on one
// version of an article and found again on another, the way files change in real life.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { bodyText } from '../indexer/article.js';
import { extractText } from '../indexer/extract-text.js';
import { BUNDLED_LIBRARY } from '../paths.js';
import { describeRange, type RangeSelectors } from './describe-range.js';
import { resolveRange } from './resolve-range.js';

const seeds = readdirSync(BUNDLED_LIBRARY)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, raw: readFileSync(path.join(BUNDLED_LIBRARY, name), 'utf8') }));

const bodyOf = (raw: string): string => bodyText(extractText(raw).paragraphs);

interface Picked {
  start: number;
  end: number;
  quote: string;
  selectors: RangeSelectors;
}

/** Highlights spread over the article: whole sentences, a phrase, and one across two paragraphs. */
function pick(body: string): Picked[] {
  const ranges: Array<[number, number]> = [];
  const sentences = [...body.matchAll(/[^.!?\n]{25,220}[.!?]/g)];
  const step = Math.max(1, Math.floor(sentences.length / 6));
  for (let i = 0; i < sentences.length; i += step) {
    const m = sentences[i];
    if (m?.index !== undefined) {
      const lead = m[0].length - m[0].trimStart().length;
      ranges.push([m.index + lead, m.index + m[0].length]);
    }
  }
  const gap = body.indexOf('\n\n', Math.floor(body.length / 3));
  if (gap > 30) ranges.push([gap - 25, Math.min(body.length, gap + 27)]);
  return ranges.map(([start, end]) => ({ start, end, quote: body.slice(start, end), selectors: describeRange(body, start, end) }));
}

function assertFound(body: string, picked: Picked, expected: string, label: string): void {
  const found = resolveRange(body, picked.selectors);
  assert.ok(found, `${label}: "${picked.quote.slice(0, 50)}…" was not found`);
  assert.equal(body.slice(found.start, found.end), expected, `${label}: placed on the wrong text`);
}

for (const seed of seeds) {
  describe(`re-anchoring in ${seed.name}`, () => {
    const body = bodyOf(seed.raw);
    const highlights = pick(body);

    test('the seed has enough text to test with', () => {
      assert.ok(highlights.length >= 4, `${highlights.length} highlights picked`);
    });

    test('unchanged text: every highlight is found exactly where it was', () => {
      for (const h of highlights) assert.deepEqual(resolveRange(body, h.selectors), { start: h.start, end: h.end, how: 'position' });
    });

    test('text inserted before (an editor’s note at the top of the story)', () => {
      const first = extractText(seed.raw).paragraphs[0] ?? '';
      const edited = seed.raw.replace(first, `Editor’s note: this story was updated with a correction on the date of the summit.\n\n${first}`);
      const newBody = bodyOf(edited);
      assert.notEqual(newBody, body, 'the edit changed the extracted text');
      for (const h of highlights) assertFound(newBody, h, h.quote, 'inserted before');
    });

    test('boilerplate lines added between paragraphs (share links, ads)', () => {
      const paragraphs = extractText(seed.raw).paragraphs;
      let edited = seed.raw;
      for (const p of paragraphs.slice(1, 4)) edited = edited.replace(p, `${p}\n\nAdvertisement\n\nShare this article: Facebook | Twitter | Email`);
      const newBody = bodyOf(edited);
      for (const h of highlights) {
        const found = resolveRange(newBody, h.selectors);
        if (!h.quote.includes('\n\n') || newBody.includes(h.quote)) {
          assertFound(newBody, h, h.quote, 'boilerplate added');
        } else if (found) {
          // The boilerplate now sits inside a passage spanning two paragraphs: its ends must still match.
          const placed = newBody.slice(found.start, found.end);
          assert.ok(placed.startsWith(h.quote.slice(0, 10)) && placed.endsWith(h.quote.slice(-10)), placed);
        }
      }
    });

    test('a typo fixed inside the highlighted passage', () => {
      for (const h of highlights.filter((x) => /[a-z]{6,}/.test(x.quote))) {
        const word = h.quote.match(/[a-z]{6,}/)?.[0] ?? '';
        const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`; // two letters swapped
        const typoBody = body.slice(0, h.start) + h.quote.replace(word, typo) + body.slice(h.end);
        const made: Picked = { ...h, quote: h.quote.replace(word, typo), selectors: describeRange(typoBody, h.start, h.end) };
        // The highlight was made on the text with the typo; the file is then corrected.
        const found = resolveRange(body, made.selectors);
        assert.ok(found, `typo fixed: "${h.quote.slice(0, 40)}…" not found`);
        assert.equal(found.how, made.quote === h.quote ? 'position' : 'fuzzy');
        assert.equal(body.slice(found.start, found.end), h.quote, 'typo fixed: the corrected passage');
      }
    });

    test('paragraphs re-wrapped (hard line breaks every ~60 characters)', () => {
      const rewrapped = body
        .split('\n\n')
        .map((p) => p.replace(/(.{50,60}?) /g, '$1\n'))
        .join('\n\n');
      for (const h of highlights) {
        const found = resolveRange(rewrapped, h.selectors);
        assert.ok(found, `re-wrapped: "${h.quote.slice(0, 40)}…" not found`);
        // Re-wrapping swaps spaces for line breaks one for one, so the passage keeps its offsets.
        assert.deepEqual([found.start, found.end], [h.start, h.end], 're-wrapped: same passage');
      }
    });

    test('the extractor improves: straight quotes, merged paragraphs, the first paragraph dropped', () => {
      const straighten = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      const paragraphs = extractText(seed.raw).paragraphs.map(straighten);
      const merged = [paragraphs.slice(0, 2).join(' '), ...paragraphs.slice(2)];
      const newBody = bodyText(merged);
      const mergedEnd = (merged[0]?.length ?? 0) + 1;
      for (const h of highlights) {
        // Straight quotes are one character for one; the first paragraph break became a space.
        let expected = straighten(h.quote);
        if (h.start < mergedEnd) expected = expected.replace('\n\n', ' ');
        const found = resolveRange(newBody, h.selectors);
        assert.ok(found, `extractor change: "${h.quote.slice(0, 40)}…" not found`);
        assert.equal(newBody.slice(found.start, found.end), expected);
      }
      // Dropping a paragraph the reader highlighted leaves that highlight an orphan, never misplaced.
      const first = paragraphs[0] ?? '';
      const inFirst = describeRange(body, 0, Math.min(first.length, 60));
      assert.equal(resolveRange(bodyText(paragraphs.slice(1)), inFirst), null, 'a deleted passage is an orphan');
    });
  });
}

describe('resolveRange rules', () => {
  const text = 'NATO said no. Later, NATO said yes. Much later, NATO said maybe.';

  test('a repeated quote goes to the occurrence with the same context, else the nearest one', () => {
    const second = text.indexOf('NATO', 10);
    const selectors = describeRange(text, second, second + 4);
    const shifted = `Preface. ${text}`;
    assert.deepEqual(resolveRange(shifted, selectors), { start: second + 9, end: second + 13, how: 'quote' });
    const noContext = { ...selectors, quote: { ...selectors.quote, prefix: '', suffix: '' } };
    assert.equal(resolveRange(shifted, noContext)?.start, shifted.indexOf('NATO', second + 1 - 1));
  });

  test('short quotes are never matched fuzzily; a vanished passage is an orphan', () => {
    const selectors = describeRange(text, 0, 4);
    assert.equal(resolveRange(text.replace(/NATO/g, 'NAT0'), selectors), null);
    const long = describeRange(text, 14, 35);
    assert.equal(resolveRange('Something else entirely, about the weather in Brussels.', long), null);
  });

  test('the error rate is bounded: a passage with a third of its letters changed is not “found”', () => {
    const passage = 'the system would not be aimed against Russia';
    const selectors = describeRange(passage, 0, passage.length);
    const mangled = passage.replace(/[aeiou]/g, 'x');
    assert.equal(resolveRange(`Intro. ${mangled}. Outro.`, selectors), null);
  });

  test('a long passage (over 256 characters) with small edits is found by its ends', () => {
    const body = bodyOf(seeds[0]?.raw ?? '');
    const start = 100;
    const end = Math.min(body.length, 700);
    const selectors = describeRange(body, start, end);
    const edited = `${body.slice(0, 300)}XYZ${body.slice(303)}`;
    const found = resolveRange(`Intro paragraph.\n\n${edited}`, selectors);
    assert.ok(found);
    assert.equal(found.start, start + 'Intro paragraph.\n\n'.length);
  });
});
