// Runs in Node (tests). The crash test: a child process writes annotations through the real store and
// is killed with SIGKILL at random moments, many times over. After every kill the data file must
// parse, validate, and hold exactly every acknowledged write (plus, at most, the one in flight).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { DATA_FILE_NAME } from './annotation-store.js';
import type { CrashOp } from './crash-writer.fixture.js';
import { dataFile } from './data-schema.js';

const KILLS = Number(process.env.LECTERN_CRASH_KILLS ?? 40);
const here = path.dirname(fileURLToPath(import.meta.url));

interface State {
  highlights: Map<string, string>;
  note: string | null;
}

function apply(state: State, op: CrashOp): State {
  const next: State = { highlights: new Map(state.highlights), note: state.note };
  if (op.kind === 'add') next.highlights.set(op.id, '');
  else if (op.kind === 'remove') next.highlights.delete(op.id);
  else if (op.kind === 'note') next.note = op.text;
  else if (next.highlights.has(op.id)) next.highlights.set(op.id, op.note);
  return next;
}

const same = (a: State, b: State): boolean =>
  a.note === b.note && a.highlights.size === b.highlights.size && [...a.highlights].every(([id, note]) => b.highlights.get(id) === note);

/** The file on disk, parsed and validated strictly (no recovery, no migration): what a crash left. */
async function onDisk(file: string): Promise<State> {
  const data = dataFile.parse(JSON.parse(await readFile(file, 'utf8')));
  const record = data.articles.crashtest;
  return { highlights: new Map((record?.highlights ?? []).map((h) => [h.id, h.note])), note: record?.note?.text ?? null };
}

/** A small deterministic generator, so a failing run can be repeated with LECTERN_CRASH_SEED. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

let dir: string;
let writer: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-crash-'));
  // Bundled once: a plain-Node child starts in tens of milliseconds, so many kills fit in seconds.
  writer = path.join(dir, 'crash-writer.mjs');
  await build({ entryPoints: [path.join(here, 'crash-writer.fixture.ts')], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'silent' });
});
after(async () => rm(dir, { recursive: true, force: true }));

test(`SIGKILL at random moments (${KILLS} times) never loses an acknowledged write`, { timeout: 120_000 }, async () => {
  const seed = Number(process.env.LECTERN_CRASH_SEED ?? Date.now() % 1_000_000);
  const rand = random(seed);
  const data = path.join(dir, 'data');
  const file = path.join(data, DATA_FILE_NAME);
  let state: State = { highlights: new Map(), note: null };
  let acked = 0;
  let losses = 0;

  for (let run = 0; run < KILLS; run++) {
    const child = spawn(process.execPath, [writer, data, String(run)], { stdio: ['ignore', 'pipe', 'inherit'] });
    // 'close', not 'exit': every line the child wrote before dying must be read first.
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    // Kill after a random number of acknowledged writes (0: during start-up), a random instant later.
    const killAfter = Math.floor(rand() * 120);
    let expected = state;
    let inFlight: CrashOp | null = null;
    let buffer = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(rand() * 3));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        // Acks that arrive after the kill order still count: the child wrote them before it died.
        if (line.startsWith('start ')) inFlight = JSON.parse(line.slice(line.indexOf(' ', 6) + 1)) as CrashOp;
        else if (line.startsWith('ack ') && inFlight) {
          expected = apply(expected, inFlight);
          inFlight = null;
          acked++;
          if (Number(line.slice(4)) + 1 >= killAfter) kill();
        }
      }
    });
    if (killAfter === 0) setTimeout(kill, Math.floor(rand() * 40));
    await exited;
    assert.equal(child.signalCode, 'SIGKILL', `run ${run} was killed`);

    const actual = await onDisk(file).catch((error: unknown): State => {
      // Killed before the store's first write ever (seed 902497: the first run, during start-up):
      // no file, and nothing acknowledged that it could have lost.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && acked === 0) return { highlights: new Map(), note: null };
      assert.fail(`run ${run} (seed ${seed}): the data file does not parse after the kill: ${String(error)}`);
    });
    const withInFlight = inFlight ? apply(expected, inFlight) : expected;
    if (!same(actual, expected) && !same(actual, withInFlight)) losses++;
    assert.ok(same(actual, expected) || same(actual, withInFlight), `run ${run} (seed ${seed}): the file lost an acknowledged write`);
    state = actual;
  }
  const temps = (await readdir(data)).filter((name) => name.endsWith('.tmp'));
  console.log(`crash test (seed ${seed}): ${KILLS} kills, ${acked} acknowledged writes, ${losses} lost, ${temps.length} temp files left for the next start to clear`);
  assert.equal(losses, 0);
});
