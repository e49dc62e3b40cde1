// Runs in Node (tests). A body written to the index cache's bodies file comes back exactly as it was
// extracted, in whichever form its line was written, and a damaged line says so rather than giving
// another text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bodyText } from './article.js';
import { BatchBuffers } from './batch-buffers.js';
import { bodyLine, bodyTextOfLine, parseBodyLine, type BodyParts } from './bodies-file.js';

const decode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

/** What a reader asks of a line: the body and comments, and the body's text for search. */
function readBack(line: Uint8Array): { body: BodyParts; text: string } {
  const text = decode(line);
  return { body: parseBodyLine(text), text: bodyTextOfLine(text) };
}

test('an extracted body is stored as its text, not quoted as JSON, and reads back the same', () => {
  const body = { paragraphs: ['MOSCOW, March 5 (RIA Novosti) – “Quoted” and \\ back-slashed.', 'Ünïcödé, 中文, emoji 🙂.'], comments: ['First!', 'A reply.'] };
  const line = bodyLine(body);
  const text = decode(line);
  assert.ok(!text.startsWith('{') && text.includes(bodyText(body.paragraphs)), text);
  assert.ok(text.endsWith('.First!\nA reply.\n'), 'the comments after the body, one a line');
  assert.deepEqual(readBack(line), { body, text: bodyText(body.paragraphs) });
});

test('bodies only JSON holds exactly (empty or multi-line paragraphs and comments, lone surrogates) read back the same', () => {
  const bodies = [
    { paragraphs: ['', 'After an empty one.'], comments: [] },
    { paragraphs: ['Two\nlines.'], comments: [] },
    { paragraphs: ['Fine.'], comments: ['A comment\non two lines.'] },
    { paragraphs: ['Fine.'], comments: [''] },
    { paragraphs: ['A lone surrogate \ud800 here.'], comments: [] },
    { paragraphs: [], comments: [] },
  ];
  for (const body of bodies) assert.deepEqual(readBack(bodyLine(body)), { body, text: bodyText(body.paragraphs) }, JSON.stringify(body));
});

test('a body line written before the plain form (JSON) still reads', () => {
  const old = new TextEncoder().encode(`${JSON.stringify({ paragraphs: ['Old cache.', 'Second.'], comments: ['Hi'] })}\n`);
  assert.deepEqual(readBack(old), { body: { paragraphs: ['Old cache.', 'Second.'], comments: ['Hi'] }, text: 'Old cache.\n\nSecond.' });
});

test('a damaged or cut-short line is an error, never another text', () => {
  const line = decode(bodyLine({ paragraphs: ['A story of some length.', 'And a second paragraph.'], comments: [] }));
  const length = /^B(\d+)/u.exec(line)?.[1] ?? '';
  const damages = [line.slice(0, 10), line.slice(0, -1), line.replace(/^B\d+/u, 'B9999'), line.replace(/^B\d+/u, `B${Number(length) - 3}`), line.replace(/^B\d+/u, 'Bx'), line.replace(',0:', ':'), line.replace(',0:', ',2:'), 'B-3,0:abc\n', 'B3:abc\n'];
  for (const damaged of damages) {
    assert.throws(() => parseBodyLine(damaged), /damaged/u, damaged);
    assert.throws(() => bodyTextOfLine(damaged), /damaged/u, damaged);
  }
});

test('any body reads back the same, written alone or in a batch', () => {
  const piece = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', '\n', '\ud800', 'x\n\ny', ':', 'B12:'));
  const body = fc
    .record({ paragraphs: fc.array(piece, { maxLength: 5 }), comments: fc.array(piece, { maxLength: 3 }) })
    .map(({ paragraphs, comments }) => ({ paragraphs, comments }));
  fc.assert(
    fc.property(fc.array(body, { minLength: 1, maxLength: 6 }), (bodies) => {
      const batch = new BatchBuffers(bodies.length);
      const lines: Uint8Array[] = [];
      bodies.forEach((b, i) => batch.addBody(b, (line) => (lines[i] = line), i % 2 === 0 ? bodyText(b.paragraphs) : undefined));
      batch.finish();
      bodies.forEach((b, i) => {
        const alone = bodyLine(b);
        assert.deepEqual([...(lines[i] ?? [])], [...alone]);
        // Exactly, lone surrogates included: such a body is written as JSON, which escapes them.
        assert.deepEqual(readBack(alone), { body: b, text: bodyText(b.paragraphs) });
      });
    }),
  );
});
