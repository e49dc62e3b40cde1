// Runs in Node (tests). The word hashes line splitting keeps are the body's own: the duplicate
// signature and the word count read them instead of hashing the body a second time, so they must
// equal what hashing the joined body gives, for every script and every kind of line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleFromText } from './index-library.js';
import { splitLines, stopwordCountsOfLines, wordHashesOfLines } from './lines.js';
import { isPlain } from './text-utils.js';
import { stopwordCounts } from './stopwords.js';
import { readSeed, seedFiles } from './seeds.fixture.js';
import { wordHashes } from './shingles.js';
import { bodyText } from './article.js';

const joinedHashes = (texts: readonly string[]): number[] => [...wordHashes(texts.join('\n'))];

test('the hashes kept for some lines equal the hashes of those lines joined', () => {
  // Lines in English, in other scripts, with apostrophes, digits, odd spaces, repeats, and the two
  // letters whose lowercase changes a token (İ becomes i plus a mark; the Kelvin sign becomes k).
  const char = fc.constantFrom(...'abcXYZ 0189 .,\'’-–—“”…\u00a0\t', ...'éßİ\u212aёЖ中文', 'word ', 'The ', "NATO's ", 'said ');
  const line = fc.array(char, { maxLength: 40 }).map((c) => c.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (rawLines, picks) => {
      const lines = splitLines(rawLines.join('\n'));
      const some = lines.filter((_, i) => picks[i] ?? true);
      assert.deepEqual([...wordHashesOfLines(some)], joinedHashes(some.map((l) => l.text)));
    }),
    { numRuns: 1000 },
  );
});

test('function words counted as lines were split equal those counted in the lines joined and cut short', () => {
  // Function words of several languages, cut anywhere (mid-word too), and the letters whose lowercase
  // is longer (İ) or plain (the Kelvin sign).
  const char = fc.constantFrom(...'abcXYZ 0189 .,\'’-\u00a0\t', ...'éßİ\u212aёЖ中', 'the ', 'The ', 'and ', 'der ', 'и ', 'que ', 'yang ', "it's ", 'said ');
  const line = fc.array(char, { maxLength: 30 }).map((c) => c.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 20 }), fc.nat(400), (rawLines, picks, length) => {
      const lines = splitLines(rawLines.join('\n'));
      const some = lines.filter((_, i) => picks[i] ?? true);
      assert.deepEqual(stopwordCountsOfLines(some, length), stopwordCounts(some.map((l) => l.text).join('\n').slice(0, length)));
    }),
    { numRuns: 1000 },
  );
});

test('a line is plain exactly when its text is, odd spaces and invisible characters removed', () => {
  const char = fc.constantFrom(...'ab Z.1’–\u00a0\t\u200b\u00ad\ufeff', 'é', '\u212a', '中');
  fc.assert(
    fc.property(fc.array(fc.array(char, { maxLength: 12 }).map((c) => c.join('')), { maxLength: 12 }), (rawLines) => {
      for (const line of splitLines(rawLines.join('\n'))) assert.equal(line.plain, isPlain(line.text), JSON.stringify(line.text));
    }),
    { numRuns: 1000 },
  );
});

test('long lines and long pages keep every word hash', () => {
  // Lines past the 400 words that are shingled, and a page of more words than the first buffer holds.
  const long = (n: number): string => Array.from({ length: 1200 }, (_, i) => `word${i} of${n}`).join(' ');
  const lines = splitLines(['Title', ...Array.from({ length: 60 }, (_, n) => long(n)), 'End of the page.'].join('\n'));
  assert.equal(wordHashesOfLines(lines).length, 1 + 60 * 2400 + 4);
  assert.deepEqual([...wordHashesOfLines(lines)], joinedHashes(lines.map((l) => l.text)));
});

test('each seed article carries the word hashes of its body text', () => {
  for (const file of seedFiles()) {
    const outcome = articleFromText(file, readSeed(file));
    assert.ok(outcome.ok, file);
    const body = bodyText(outcome.article.paragraphs);
    assert.deepEqual([...outcome.wordHashes], [...wordHashes(body)], file);
    assert.equal(outcome.article.words, outcome.wordHashes.length, file);
  }
});

test('repeated lines are found by their lowercased text, whatever their words or punctuation', () => {
  // Lines that share their words but not their punctuation, lines of punctuation alone, and case.
  // Same length, ends and words but other characters inside: the same hash, told apart by their text.
  const line = fc.constantFrom('Share', 'share', 'SHARE!', 'Share.', '|', '||', '—', '***', '*-*', '*+*', 'NATO, said.', 'nato; said.', 'NATO said?', '');
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (raw) => {
      const lines = splitLines(raw.join('\n'));
      const texts = lines.map((l) => l.text.toLowerCase());
      lines.forEach((l, i) => {
        const first = texts.indexOf(texts[i] ?? '');
        assert.equal(l.occurrences, texts.filter((t) => t === texts[i]).length, `occurrences of line ${i}`);
        // Lines this short are never teaser copies, so only an exact repeat counts.
        assert.equal(l.repeatsEarlier, first < i, `line ${i}, first seen at ${first}`);
        const twin = (j: number): boolean => j >= 0 && j < texts.length && texts[j] === texts[i];
        assert.equal(l.adjacentTwin, twin(i - 1) || twin(i + 1), `twin ${i}`);
      });
    }),
    { numRuns: 2000 },
  );
});

test('lines in Chinese, Japanese or Korean are marked, plain and other Latin lines are not', () => {
  const lines = splitLines('北约秘书长表示希望\nNATO chief said\nNATO 北约\nÉté à Bruxelles\n한국어 문장');
  assert.deepEqual(lines.map((l) => l.cjk), [true, false, true, false, true]);
});
