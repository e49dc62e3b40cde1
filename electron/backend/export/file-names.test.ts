// Runs in Node. File names that are safe on Windows, macOS and Linux.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_FILE_NAME_BYTES, markdownFileName } from './file-names.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('markdownFileName', () => {
  test('a plain title is kept', () => {
    assert.equal(markdownFileName('NATO Hopes for Missile Defense Accord with Russia', 'x'),
      'NATO Hopes for Missile Defense Accord with Russia.md');
  });

  test('slashes, colons and other forbidden characters go; whitespace collapses', () => {
    assert.equal(markdownFileName('Iran/US talks: "Day 2" <live> a\\b | c? *d*', 'x'),
      'Iran US talks Day 2 live a b c d.md');
    assert.equal(markdownFileName('tab\there\nnewline\u0007bell', 'x'), 'tab here newline bell.md');
  });

  test('Windows reserved names get a suffix, with or without an extension', () => {
    assert.equal(markdownFileName('CON', 'x'), 'CON_.md');
    assert.equal(markdownFileName('nul', 'x'), 'nul_.md');
    assert.equal(markdownFileName('com1', 'x'), 'com1_.md');
    assert.equal(markdownFileName('LPT9.txt', 'x'), 'LPT9_.txt.md');
    assert.equal(markdownFileName('Conference', 'x'), 'Conference.md');
  });

  test('no trailing dots or spaces, no leading dot (hidden files)', () => {
    assert.equal(markdownFileName('The end...  ', 'x'), 'The end.md');
    assert.equal(markdownFileName('.bashrc', 'x'), 'bashrc.md');
  });

  test('empty or unusable titles fall back, and the name is never empty', () => {
    assert.equal(markdownFileName(null, 'nato-accord'), 'nato-accord.md');
    assert.equal(markdownFileName('   ', 'nato-accord'), 'nato-accord.md');
    assert.equal(markdownFileName('???', 'nato-accord'), 'nato-accord.md');
    assert.equal(markdownFileName(null, ''), 'Untitled.md');
    assert.equal(markdownFileName('...', '///'), 'Untitled.md');
  });

  test('very long titles are cut at a character boundary within the byte limit', () => {
    const long = `${'Ж'.repeat(100)} 👨‍👩‍👧‍👦 ${'é'.repeat(200)}`;
    const name = markdownFileName(long, 'x');
    assert.ok(bytes(name) <= MAX_FILE_NAME_BYTES, `${bytes(name)} bytes`);
    assert.ok(name.endsWith('.md'));
    assert.ok(!name.includes('\uFFFD'));
    assert.equal(Buffer.from(name, 'utf8').toString('utf8'), name);

    const emoji = markdownFileName('👨‍👩‍👧‍👦'.repeat(40), 'x');
    assert.ok(bytes(emoji) <= MAX_FILE_NAME_BYTES);
    assert.equal(emoji.replace(/\.md$/, '').replaceAll('👨‍👩‍👧‍👦', ''), '', 'no family emoji split');
  });

  test('a disambiguator survives truncation', () => {
    const name = markdownFileName('a'.repeat(500), 'x', '1a2b3c4d');
    assert.ok(name.endsWith(' (1a2b3c4d).md'));
    assert.ok(bytes(name) <= MAX_FILE_NAME_BYTES);
  });

  test('bidi overrides and lone surrogates are removed', () => {
    assert.equal(markdownFileName('evil\u202Etxt.exe', 'x'), 'eviltxt.exe.md');
    assert.equal(markdownFileName('half \uD83D surrogate', 'x'), 'half surrogate.md');
  });
});
