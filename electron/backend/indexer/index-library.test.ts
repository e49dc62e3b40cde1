// Runs in Node. Indexing real folders in a temporary directory: which files become articles, which
// become problems with a readable reason, and which are ignored; ids that survive a library move.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bodyText } from './article.js';
import { articleIdFor, fingerprintOf } from './article-id.js';
import { indexLibrary, NO_TEXT_MESSAGE } from './index-library.js';
import { SEED_TRUTHS, SEEDS_DIR, seedFiles } from './seeds.fixture.js';

let tmp = '';
before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-index-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A library with the seeds (one in a nested folder) plus files that must be ignored or reported. */
async function makeLibrary(name: string): Promise<string> {
  const root = path.join(tmp, name);
  await mkdir(path.join(root, 'nested', 'deeper'), { recursive: true });
  const [first, ...rest] = seedFiles();
  await copyFile(path.join(SEEDS_DIR, first ?? ''), path.join(root, 'nested', 'deeper', first ?? ''));
  for (const f of rest) await copyFile(path.join(SEEDS_DIR, f), path.join(root, f));
  await writeFile(path.join(root, 'empty.txt'), '');
  await writeFile(path.join(root, 'picture.TXT'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(path.join(root, 'menu-only.txt'), 'Home | News | Sport | Weather\n• Share\n• Print\n© 2020 Example\n');
  await writeFile(path.join(root, '.hidden.txt'), 'A hidden file is never listed, even though it is full of ordinary prose sentences.');
  await mkdir(path.join(root, '.git'));
  await writeFile(path.join(root, '.git', 'notes.txt'), 'Inside a hidden folder, so never listed, even with prose in it.');
  await mkdir(path.join(root, 'node_modules'));
  await writeFile(path.join(root, 'node_modules', 'readme.txt'), 'Dependencies are not articles, whatever they say in sentences.');
  await writeFile(path.join(root, 'photo.jpg'), 'not an article extension');
  return root;
}

test('a library folder: seeds become articles, bad files become problems, hidden files are ignored', async () => {
  const root = await makeLibrary('lib');
  const index = await indexLibrary(root);
  assert.equal(index.folder, root);
  const expectedFiles = [...seedFiles().slice(1), `nested/deeper/${seedFiles()[0]}`].sort();
  assert.deepEqual(index.articles.map((a) => a.file), expectedFiles);
  assert.deepEqual(index.errors, [
    { file: 'empty.txt', message: 'The file is empty.' },
    { file: 'menu-only.txt', message: NO_TEXT_MESSAGE },
    { file: 'picture.TXT', message: 'This looks like a binary file, not text.' },
  ]);
});

test('each article carries its extraction, id, word count, fingerprint and duplicate link', async () => {
  const index = await indexLibrary(await makeLibrary('lib2'));
  const byName = new Map(index.articles.map((a) => [path.posix.basename(a.file), a]));
  for (const truth of SEED_TRUTHS) {
    const a = byName.get(truth.file);
    assert.ok(a, truth.file);
    assert.equal(a.title, truth.title);
    assert.equal(a.paragraphs[0], truth.first);
    assert.equal(a.id, articleIdFor(a.file));
    assert.match(a.id, /^[a-z0-9]{8,64}$/);
    assert.equal(a.fingerprint, fingerprintOf(bodyText(a.paragraphs)));
    assert.ok(a.words > 100 && a.words < 1000, `${a.file}: ${a.words} words`);
  }
  const original = byName.get(SEED_TRUTHS[0]?.file ?? '');
  const copy = byName.get(SEED_TRUTHS[1]?.file ?? '');
  assert.equal(copy?.duplicateOf, original?.id);
  assert.deepEqual(index.articles.filter((a) => a.duplicateOf !== null).map((a) => a.file), [copy?.file]);
});

test('word counts count the words of the body', async () => {
  const root = path.join(tmp, 'words');
  await mkdir(root);
  const sentence = 'The council said on Monday that the old bridge would close for two years of repairs.';
  await writeFile(path.join(root, 'one.txt'), `A Headline\n\n${sentence}\n`);
  const index = await indexLibrary(root);
  assert.deepEqual(index.articles.map((a) => [a.file, a.paragraphs, a.words]), [['one.txt', [sentence], 16]]);
});

test('reading time: words at 230 a minute, Chinese and Japanese by their characters', async () => {
  const root = path.join(tmp, 'reading-time');
  await mkdir(root);
  const english = Array.from({ length: 60 }, () => 'The council said on Monday that the old bridge would close for two years of repairs.').join(' ');
  // 2,800 Japanese characters (35 a sentence, its full stop aside): its word tokens are whole phrases.
  const japanese = Array.from({ length: 80 }, () => '東京の古い橋は二年間の修理のために閉鎖されると市議会が月曜日に発表した。').join('');
  await writeFile(path.join(root, 'en.txt'), `A Headline\n\n${english}\n`);
  await writeFile(path.join(root, 'ja.txt'), `見出し\n\n${japanese}\n`);
  const index = await indexLibrary(root);
  const minutes = Object.fromEntries(index.articles.map((a) => [a.file, [a.words, a.readingMinutes]]));
  assert.deepEqual(minutes['en.txt'], [960, 4]);
  const [jaWords, jaMinutes] = minutes['ja.txt'] ?? [];
  assert.ok((jaWords ?? 0) < 400, `Japanese word tokens are phrases (${jaWords})`);
  assert.equal(jaMinutes, 7, '2,800 characters at 400 a minute');
});

test('ids do not depend on where the library lives', async () => {
  const a = await indexLibrary(await makeLibrary('here'));
  const b = await indexLibrary(await makeLibrary('there'));
  assert.deepEqual(a.articles.map((x) => [x.file, x.id, x.fingerprint]), b.articles.map((x) => [x.file, x.id, x.fingerprint]));
});

test('an empty folder has no articles and no problems', async () => {
  const root = path.join(tmp, 'empty');
  await mkdir(root);
  assert.deepEqual(await indexLibrary(root), { folder: root, articles: [], errors: [] });
});

test('a missing folder, or a file instead of a folder, is an error with a clear message', async () => {
  await assert.rejects(indexLibrary(path.join(tmp, 'does-not-exist')), /does not exist/);
  const file = path.join(tmp, 'plain.txt');
  await writeFile(file, 'text');
  await assert.rejects(indexLibrary(file), /is not a folder/);
});
