// Runs in Node (tests). A batch's bodies and signatures, made in one buffer each, are byte for byte
// what extracting each file on its own gives, and only those buffers are handed over to be moved.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BatchBuffers } from './batch-buffers.js';
import { bodyLine } from './bodies-file.js';
import { HASHES } from './duplicates.js';
import { runExtractBatch, runExtractTask, type ExtractTask } from './extract-job.js';
import { readSeed, seedFiles } from './seeds.fixture.js';

let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-batch-'));
});
after(() => rm(root, { recursive: true, force: true }));

test('bodies encoded together come out as each encoded alone, whatever their characters', () => {
  const bodies = [
    { paragraphs: ['Plain ASCII, "quoted" and \\ escaped.'], comments: [] },
    { paragraphs: ['Ünïcödé — “quotes”, 中文, emoji 🙂'], comments: ['A comment\non two lines.'] },
    { paragraphs: ['A lone surrogate \ud800 here.'], comments: [] },
    { paragraphs: [], comments: [] },
  ];
  const batch = new BatchBuffers(bodies.length);
  const lines: Uint8Array[] = [];
  bodies.forEach((body, i) => batch.addBody(body, (line) => (lines[i] = line)));
  assert.equal(lines.length, 0, 'placed only once the batch is finished');
  batch.finish();
  assert.deepEqual(lines.map((line) => [...line]), bodies.map((body) => [...bodyLine(body)]));
  assert.equal(new Set(lines.map((line) => line.buffer)).size, 1, 'all in one buffer');
  assert.ok(batch.buffers.includes(lines[0]?.buffer as ArrayBuffer));
});

test('batches filled at the same time (a worker starting) each keep their own bodies', () => {
  const story = (n: number): { paragraphs: string[]; comments: string[] } => ({ paragraphs: [`Story ${n} – ${'word '.repeat(40 * n)}`, 'Second.'], comments: n % 2 ? [`Comment ${n}`] : [] });
  const first = new BatchBuffers(3);
  const second = new BatchBuffers(3);
  const firstLines: Uint8Array[] = [];
  const secondLines: Uint8Array[] = [];
  for (let n = 0; n < 3; n++) {
    first.addBody(story(n), (line) => (firstLines[n] = line));
    second.addBody(story(n + 3), (line) => (secondLines[n] = line));
  }
  second.finish();
  // A third batch after the second ended, while the first is still filling.
  const third = new BatchBuffers(1);
  const thirdLines: Uint8Array[] = [];
  third.addBody(story(9), (line) => (thirdLines[0] = line));
  first.addBody(story(6), (line) => (firstLines[3] = line));
  first.finish();
  third.finish();
  assert.deepEqual(firstLines.map((line) => [...line]), [0, 1, 2, 6].map((n) => [...bodyLine(story(n))]));
  assert.deepEqual(secondLines.map((line) => [...line]), [3, 4, 5].map((n) => [...bodyLine(story(n))]));
  assert.deepEqual(thirdLines.map((line) => [...line]), [[...bodyLine(story(9))]]);
});

test('signature rooms are views of one buffer, and there are only as many as the batch was made for', () => {
  const batch = new BatchBuffers(2);
  const first = batch.signatureRoom();
  const second = batch.signatureRoom();
  assert.equal(first?.length, HASHES);
  assert.equal(first?.buffer, second?.buffer);
  assert.equal(batch.signatureRoom(), null);
});

test('a batch of captures gives the results each capture gives extracted alone, and the buffers they use', async () => {
  const files = seedFiles();
  for (const file of files) await writeFile(path.join(root, file), readSeed(file));
  await writeFile(path.join(root, 'empty.txt'), '');
  const tasks: ExtractTask[] = [...files, 'empty.txt'].map((file) => ({ root, file, knownHash: null, bodyAsLine: true }));
  const { results, buffers } = await runExtractBatch(tasks, 'blocking');
  const alone = [];
  for (const task of tasks) alone.push(await runExtractTask(task, 'blocking'));
  assert.deepEqual(
    results.map((r) => (r.kind === 'article-line' ? { ...r, bodyLine: [...r.bodyLine], signature: r.signature && [...r.signature] } : r)),
    alone.map((r) => (r.kind === 'article-line' ? { ...r, bodyLine: [...r.bodyLine], signature: r.signature && [...r.signature] } : r)),
  );
  assert.equal(results.filter((r) => r.kind === 'article-line').length, files.length);
  assert.equal(buffers.length, 2, 'one buffer of signatures, one of bodies');
  for (const r of results) if (r.kind === 'article-line') assert.ok(buffers.includes(r.bodyLine.buffer as ArrayBuffer) && buffers.includes(r.signature?.buffer as ArrayBuffer));
});
