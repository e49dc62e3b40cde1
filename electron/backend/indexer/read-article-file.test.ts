// Runs in Node. Reading captures from real files in a temporary folder: every bad input gets a
// sentence a person understands, good text in any common encoding comes back as the same string.
import { execFileSync } from 'node:child_process';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { MESSAGES, ReadBuffer, readArticleFile, readStampedFileBlocking, utf8Lines } from './read-article-file.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-read-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const SAMPLE = 'Café déjà vu – “naïve” façade, 5 €.\nSecond line.';

test('plain UTF-8 text comes back unchanged (with its bytes, to hash), with line endings normalised to LF', async () => {
  assert.deepEqual(await readArticleFile(await fileWith('plain.txt', SAMPLE)), { ok: true, text: SAMPLE, utf8: Buffer.from(SAMPLE, 'utf8') });
  const crlf = await readArticleFile(await fileWith('crlf.txt', 'one\r\ntwo\rthree\n'));
  assert.deepEqual(crlf, { ok: true, text: 'one\ntwo\nthree\n' });
});

test('a UTF-8 byte order mark is not part of the text', async () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
  assert.deepEqual(await readArticleFile(await fileWith('bom8.txt', bytes)), { ok: true, text: SAMPLE });
});

test('UTF-16 files with a byte order mark (LE and BE) are read', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
  assert.deepEqual(await readArticleFile(await fileWith('le.txt', le)), { ok: true, text: SAMPLE });
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
  assert.deepEqual(await readArticleFile(await fileWith('be.txt', be)), { ok: true, text: SAMPLE });
});

test('a Windows-1252 (Latin) file that is not valid UTF-8 is read as Latin text', async () => {
  const latin = 'Café déjà vu – naïve façade, it’s 5 €.';
  const bytes = Buffer.from([...latin].map((c) => ({ '–': 0x96, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0)));
  assert.deepEqual(await readArticleFile(await fileWith('latin.txt', bytes)), { ok: true, text: latin });
});

test('bytes that are neither UTF-8 nor plausible Latin text get the encoding message', async () => {
  // "日本語のテキストです" in Shift-JIS: high bytes in pairs, nothing like Latin text.
  const sjis = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x4c, 0x83, 0x58, 0x83, 0x67, 0x82, 0xc5, 0x82, 0xb7]);
  assert.deepEqual(await readArticleFile(await fileWith('sjis.txt', sjis)), { ok: false, message: MESSAGES.encoding });
});

test('an empty file says so', async () => {
  assert.deepEqual(await readArticleFile(await fileWith('empty.txt', '')), { ok: false, message: 'The file is empty.' });
});

test('binary files are recognised (NUL bytes, control characters)', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.deepEqual(await readArticleFile(await fileWith('image.txt', png)), { ok: false, message: 'This looks like a binary file, not text.' });
  const control = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)));
  assert.deepEqual(await readArticleFile(await fileWith('control.txt', control)), { ok: false, message: MESSAGES.binary });
});

test('a 20 MB text file is read quickly', async () => {
  const line = 'The committee said on Tuesday that the plan would be reviewed – again – in the spring.\n';
  const text = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
  const file = await fileWith('big.txt', text);
  const started = performance.now();
  const result = await readArticleFile(file);
  const elapsed = performance.now() - started;
  assert.ok(result.ok);
  assert.equal(result.ok && result.text.length, text.length);
  assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
});

test('files over 64 MB are refused with a clear message', async () => {
  const file = path.join(dir, 'huge.txt');
  const handle = await open(file, 'w');
  await handle.truncate(64 * 1024 * 1024 + 1); // sparse: no 64 MB actually written
  await handle.close();
  const result = await readArticleFile(file);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /too large.*64 MB/);
});

test('a missing file, a folder and an unreadable file give messages, not exceptions', async () => {
  assert.deepEqual(await readArticleFile(path.join(dir, 'nope.txt')), { ok: false, message: 'The file no longer exists.' });
  const sub = path.join(dir, 'folder.txt');
  await mkdir(sub);
  const folder = await readArticleFile(sub);
  assert.equal(folder.ok, false);
});

test('a file without read permission says so', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, async () => {
  const file = await fileWith('secret.txt', 'text');
  await chmod(file, 0o000);
  assert.deepEqual(await readArticleFile(file), { ok: false, message: 'Lectern does not have permission to read this file.' });
});

test('a named pipe where a capture was is refused at once, not waited on', { timeout: 10_000, skip: process.platform === 'win32' ? 'no named pipes in the file system on Windows' : false }, async () => {
  const fifo = path.join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  assert.deepEqual(await readArticleFile(fifo), { ok: false, message: MESSAGES.notFile });
  assert.deepEqual(readStampedFileBlocking(fifo).read, { ok: false, message: MESSAGES.notFile });
});

test("a file's lines decoded one by one from its bytes are its text's lines", () => {
  const char = fc.constantFrom('a', 'Z', ' ', '\n', '\n', '©', 'é', '–', '•', '’', '中', '🙂', '\u00a0');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 40 }).map((c) => c.join('')), (text) => {
      const bytes = Buffer.from(text, 'utf8');
      assert.deepEqual(utf8Lines(bytes), text.split('\n'));
      // A plain Uint8Array view of the same bytes (not a Buffer) reads the same.
      assert.deepEqual(utf8Lines(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)), text.split('\n'));
    }),
    { numRuns: 2000 },
  );
});

test('files read one after another into one buffer each read whole, larger or smaller than the last', async () => {
  const into = new ReadBuffer();
  const sizes = [10, 200_000, 3, 70_000, ReadBuffer.KEPT_BYTES + 5, 1_000, 90_000];
  const files = await Promise.all(sizes.map((size, i) => fileWith(`reused-${i}.txt`, `${i}`.padEnd(size, 'abc def\n'))));
  for (const [i, file] of files.entries()) {
    const expected = await readFile(file);
    const { read, stamp } = readStampedFileBlocking(file, into);
    assert.ok(read.ok, file);
    assert.equal(read.text, expected.toString('utf8'), `file ${i}: text`);
    assert.deepEqual(read.utf8 && Buffer.from(read.utf8), expected, `file ${i}: bytes`);
    assert.equal(stamp?.size, sizes[i]);
  }
});

test("the indexer's blocking reader gives the same answer as the async one, for every file above", async () => {
  // Runs last: by now the folder holds each kind of file the tests made (encodings, binary, empty,
  // over 64 MB, a folder, unreadable).
  const names = [...(await readdir(dir)), 'nope.txt'];
  assert.ok(names.length >= 12, `only ${names.length} files to compare`);
  for (const name of names) {
    const file = path.join(dir, name);
    assert.deepEqual(readStampedFileBlocking(file).read, await readArticleFile(file), name);
  }
});
