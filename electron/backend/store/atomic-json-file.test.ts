// Runs in Node. The durable lowdb adapter on real files: reads, typed errors, the write queue.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { Low } from 'lowdb';
import { AtomicJsonFile, DataFileError } from './atomic-json-file.js';

interface Counter {
  n: number;
}
const validate = (value: unknown): Counter => {
  if (typeof value === 'object' && value !== null && 'n' in value && typeof value.n === 'number') return { n: value.n };
  throw new Error('not a counter');
};

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-adapter-'));
  file = path.join(dir, 'data.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Counter> => JSON.parse(await readFile(file, 'utf8')) as Counter;

describe('AtomicJsonFile', () => {
  test('read: null when missing, typed errors when not JSON or the wrong shape', async () => {
    const adapter = new AtomicJsonFile(file, validate);
    assert.equal(await adapter.read(), null);
    await writeFile(file, '{"n": ');
    await assert.rejects(adapter.read(), (e: unknown) => e instanceof DataFileError && e.problem === 'not-json');
    await writeFile(file, '{"m": 1}');
    await assert.rejects(adapter.read(), (e: unknown) => e instanceof DataFileError && e.problem === 'invalid');
    await writeFile(file, '\uFEFF{"n": 3}');
    assert.deepEqual(await adapter.read(), { n: 3 });
  });

  test('writes 2-space JSON that lowdb reads back', async () => {
    const db = new Low(new AtomicJsonFile(file, validate), { n: 0 });
    db.data.n = 7;
    await db.write();
    assert.equal(await readFile(file, 'utf8'), '{\n  "n": 7\n}\n');
    const again = new Low(new AtomicJsonFile(file, validate), { n: 0 });
    await again.read();
    assert.equal(again.data.n, 7);
  });

  test('every write resolves only once data at least as new is on disk', async () => {
    const adapter = new AtomicJsonFile(file, validate);
    const data = { n: 0 };
    const checks: Array<Promise<void>> = [];
    for (let i = 1; i <= 100; i++) {
      data.n = i;
      const mine = i;
      checks.push(adapter.write(data).then(async () => assert.ok((await onDisk()).n >= mine)));
    }
    await Promise.all(checks);
    assert.equal((await onDisk()).n, 100);
    assert.deepEqual(await readdir(dir), ['data.json']);
  });

  test('a failed write rejects and leaves no temp file; the next one succeeds', async () => {
    const adapter = new AtomicJsonFile(file, validate);
    // A non-empty folder where the file should be: the rename fails, even for root.
    await mkdir(path.join(file, 'child'), { recursive: true });
    await assert.rejects(adapter.write({ n: 2 }));
    assert.equal(adapter.lastWriteFailed, true);
    assert.deepEqual(await readdir(dir), ['data.json']);
    await rm(file, { recursive: true });
    await adapter.write({ n: 3 });
    assert.equal(adapter.lastWriteFailed, false);
    assert.deepEqual(await onDisk(), { n: 3 });
  });
});
