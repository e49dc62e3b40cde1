// Runs in Node (a child process of crash.test.ts, never imported by the app). Performs annotation
// writes through the real store, one after another, printing "start <n> <op>" before each and
// "ack <n>" once it is acknowledged (on disk), until the test kills it with SIGKILL.
// Pipes to the parent are synchronous on POSIX, so a printed ack really left before the kill.
import { AnnotationStore } from './annotation-store.js';
import type { StoredHighlight } from './data-schema.js';

export type CrashOp =
  | { kind: 'add'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'note'; text: string }
  | { kind: 'update'; id: string; note: string };

const [dataDir, runArg] = process.argv.slice(2);
const runNumber = Number(runArg);
const ARTICLE = 'crashtest';
const meta = { file: 'crash.txt', title: 'Crash test' };
/** Keeps the file at a realistic size however many runs there are. */
const MAX_LIVE = 40;

function highlightOf(id: string): StoredHighlight {
  const now = new Date().toISOString();
  return {
    id,
    color: 'yellow',
    createdAt: now,
    updatedAt: now,
    note: '',
    target: {
      fingerprint: 'f',
      quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
    },
  };
}

const store = await AnnotationStore.open(dataDir ?? '');
const live = (store.record(ARTICLE)?.highlights ?? []).map((h) => h.id);
process.stdout.write('ready\n');
for (let n = 0; n < 10_000; n++) {
  const id = `r${runNumber}-n${n}`;
  let op: CrashOp;
  if (n % 5 < 3) op = { kind: 'add', id };
  else if (n % 5 === 3) op = { kind: 'note', text: `run ${runNumber} write ${n} ✍️` };
  else if (live.length > MAX_LIVE) op = { kind: 'remove', id: live[0] ?? '' };
  else op = { kind: 'update', id: live[live.length - 1] ?? '', note: `note ${n}` };
  process.stdout.write(`start ${n} ${JSON.stringify(op)}\n`);
  if (op.kind === 'add') {
    await store.addHighlight(ARTICLE, meta, highlightOf(op.id));
    live.push(op.id);
  } else if (op.kind === 'remove') {
    await store.removeHighlight(ARTICLE, op.id);
    live.shift();
  } else if (op.kind === 'note') {
    await store.saveNote(ARTICLE, meta, op.text);
  } else {
    await store.updateHighlight(ARTICLE, op.id, { note: op.note });
  }
  process.stdout.write(`ack ${n}\n`);
}
await store.close();
