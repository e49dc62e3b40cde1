// Runs in Node. Captures in legacy encodings come back as the right text (chardet + TextDecoder), a
// saved page's own <meta charset> is honoured, and undecodable bytes are reported, never mojibake.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MESSAGES, readArticleFile } from './read-article-file.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-enc-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const RUSSIAN =
  'Генеральный секретарь НАТО Андерс Фог Расмуссен выразил надежду на прогресс в переговорах с Россией по противоракетной обороне. Россия и НАТО договорились сотрудничать.\n'.repeat(3);

/** windows-1251 by hand: А–я are one contiguous block at 0xC0–0xFF; the sample has no Ё. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code >= 0x410 && code <= 0x44f ? 0xc0 + (code - 0x410) : code;
  }));
}

/** "北大西洋条約機構のラスムセン事務総長は、…" three times, in Shift_JIS. */
const SHIFT_JIS = Buffer.from('lmuR5ZC8l22P8Jbxi0CNXILMg4mDWIOAg1qDk46WlrGRjZK3gs2BQYN+g1SDQ4OLlmiJcYLJgsKCooLEg42DVoNBgsaCzIumi2OCqpBpk1eCt4LpgrGCxoLJivqR0oLwjqaCtYK9gUKDjYNWg0GCxoJtgmCCc4Jugs2DioNYg3uDk4LFgsyO8ZRdie+LY4LFi6aXzYLJjYeI04K1gr2BQgqWa5HlkLyXbY/wlvGLQI1cgsyDiYNYg4CDWoOTjpaWsZGNkreCzYFBg36DVINDg4uWaIlxgsmCwoKigsSDjYNWg0GCxoLMi6aLY4KqkGmTV4K3gumCsYLGgsmK+pHSgvCOpoK1gr2BQoONg1aDQYLGgm2CYIJzgm6CzYOKg1iDe4OTgsWCzI7xlF2J74tjgsWLppfNgsmNh4jTgrWCvYFCCpZrkeWQvJdtj/CW8YtAjVyCzIOJg1iDgINag5OOlpaxkY2St4LNgUGDfoNUg0ODi5ZoiXGCyYLCgqKCxIONg1aDQYLGgsyLpotjgqqQaZNXgreC6YKxgsaCyYr6kdKC8I6mgrWCvYFCg42DVoNBgsaCbYJggnOCboLNg4qDWIN7g5OCxYLMjvGUXYnvi2OCxYuml82CyY2HiNOCtYK9gUIK', 'base64');

test('windows-1251 Russian is detected and decoded', async () => {
  const file = path.join(dir, 'ru.txt');
  await writeFile(file, cp1251(RUSSIAN));
  const result = await readArticleFile(file);
  assert.deepEqual(result, { ok: true, text: RUSSIAN });
});

test('Shift_JIS Japanese is detected and decoded', async () => {
  const file = path.join(dir, 'ja.txt');
  await writeFile(file, SHIFT_JIS);
  const result = await readArticleFile(file);
  assert.ok(result.ok);
  assert.ok(result.ok && result.text.startsWith('北大西洋条約機構のラスムセン事務総長は'));
});

test('an HTML page declaring its charset is decoded with it', async () => {
  const file = path.join(dir, 'page.html');
  const head = new TextEncoder().encode('<html><head><meta charset="windows-1251"><title>t</title></head><body><p>');
  await writeFile(file, Buffer.concat([head, cp1251(RUSSIAN), new TextEncoder().encode('</p></body></html>')]));
  const result = await readArticleFile(file);
  assert.ok(result.ok && result.text.includes(RUSSIAN.trim().slice(0, 40)));
});

test('bytes no detector can place are reported, not shown as mojibake', async () => {
  const file = path.join(dir, 'noise.txt');
  const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0x20 : 0x80 + ((i * 37) % 0x7f)));
  await writeFile(file, bytes);
  const result = await readArticleFile(file);
  if (result.ok) assert.ok(!/[\u0080-\u009f\ufffd]/u.test(result.text), 'decoded text has no control or replacement characters');
  else assert.equal(result.message, MESSAGES.encoding);
});
