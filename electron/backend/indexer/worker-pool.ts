// Runs in Node. A small pool of worker threads (one per core by default) that run tasks off the main
// event loop. Tasks queue in order; cancelling drops the queued ones (running ones finish). Idle
// workers do not keep the process alive; busy ones do, so a script awaiting a result never exits early.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TaskReply, TaskRequest } from './worker-protocol.js';

export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

const SOURCES = {
  'extract-worker': './extract-worker.ts',
  'search-worker': '../search/search-worker.ts',
} as const;

/** Where built workers are looked for when not beside this module (see useBuiltWorkers). */
let builtWorkers: URL | null = null;

/**
 * Makes workerScript answer with the bundles in `folder` (out/electron/). For the benchmark, which
 * runs from the sources but must time the workers as shipped: run through tsx, each worker spends a
 * fifth of a second compiling the extractor before its first file, and the app never does.
 */
export function useBuiltWorkers(folder: URL): void {
  for (const name of Object.keys(SOURCES)) {
    if (!existsSync(fileURLToPath(new URL(`./${name}.js`, folder)))) throw new Error(`No built ${name} in ${fileURLToPath(folder)}: run "npm run build" first.`);
  }
  builtWorkers = folder;
}

/**
 * The worker's script: `<name>.js` beside the running bundle (out/electron/, where every backend
 * module is bundled into one file) when built, else its `.ts` source, run through tsx.
 */
export function workerScript(name: keyof typeof SOURCES): URL {
  const built = new URL(`./${name}.js`, builtWorkers ?? import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL(SOURCES[name], import.meta.url);
}

/** Flags that load modules before a script: `--import tsx` when the benchmark or a test runs from source. */
const LOADER_FLAGS = new Set(['--import', '--loader', '--experimental-loader', '--require', '-r']);

/**
 * The process's flags without its module loaders, for a built worker: it is plain JavaScript and
 * needs none, as in the app. A worker inherits them otherwise, and tsx's hooks loaded in each worker
 * (a hooks thread of their own, every require passed through them) made the benchmark's cold index
 * about 0.3 s slower than the app's.
 */
export function flagsForBuiltWorker(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] ?? '';
    const name = flag.split('=')[0] ?? flag;
    if (!LOADER_FLAGS.has(name)) kept.push(flag);
    else if (!flag.includes('=')) i++; // its value is the next argument
  }
  return kept;
}

/**
 * A built worker, without the process's module loaders. Node refuses some flags when they are
 * given to a worker rather than inherited (V8's heap sizes, say: "invalid execArgv flags"); with
 * those, the worker inherits everything, loaders included, as it did before.
 */
function startBuiltWorker(script: URL): Worker {
  const flags = flagsForBuiltWorker(process.execArgv);
  if (flags.length === process.execArgv.length) return new Worker(script);
  try {
    return new Worker(script, { execArgv: flags });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(script);
  }
}

/**
 * A built worker starts from its file. A `.ts` one (development, tests) needs tsx's loader, which
 * Node 20 does not apply to a worker's entry module: a small bootstrap registers it, then imports.
 */
function startWorker(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return startBuiltWorker(script);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(script.href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); })`, { eval: true });
}

interface Pending<R> {
  resolve(value: R): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not yet answered. */
  inFlight: number;
}

/**
 * Tasks each worker holds at once: while it computes one, the next one's file reads are already
 * under way, so a worker never sits idle waiting for the disk.
 */
export const DEPTH = 2;

export class WorkerPool<T, R> {
  readonly #queue: Array<{ task: T; owner: object | undefined } & Pending<R>> = [];
  readonly #running = new Map<number, Pending<R> & { slot: Slot }>();
  readonly #slots: Slot[] = [];
  #nextId = 1;
  #closed = false;
  /**
   * Whether any worker has answered. Until one has, no second one starts: on a machine whose cores
   * are busy (the interface starting at the same moment), workers starting together share what CPU
   * there is and every one of them answers late; one at a time, the first results come first.
   */
  #answered = false;

  constructor(
    private readonly script: URL,
    readonly size = Math.max(1, os.availableParallelism()),
  ) {}

  /** `owner`: whose task it is, for cancelQueued to drop its tasks alone (one library's, say, not the next one's). */
  run(task: T, owner?: object): Promise<R> {
    if (this.#closed) return Promise.reject(new Error('The worker pool is closed.'));
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ task, owner, resolve, reject });
      this.#pump();
    });
  }

  /** Starts the first worker now (the others follow its first answer): loading its code is better
   * done while the folder is being listed than after. */
  warm(): void {
    if (this.#closed) return;
    while (this.#spawn()) {
      // #spawn returns null once the pool is full
    }
    for (const slot of this.#slots) if (slot.inFlight === 0) slot.worker.unref();
  }

  /** Drops the queued tasks, only `owner`'s when given (their promises reject with CancelledError). */
  cancelQueued(owner?: object): void {
    for (const item of this.#queue.splice(0)) {
      if (owner === undefined || item.owner === owner) item.reject(new CancelledError());
      else this.#queue.push(item);
    }
  }

  get queued(): number {
    return this.#queue.length;
  }

  /** Workers started (and not lost). */
  get started(): number {
    return this.#slots.length;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.cancelQueued();
    for (const pending of this.#running.values()) pending.reject(new CancelledError());
    this.#running.clear();
    const exited = Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
    // Node 20 stops counting a worker as keeping the process alive once it is terminating, so a
    // process whose last step is closing the pool could leave its event loop with this promise still
    // waiting for the exit (seen in the tests: the close of a backend never settled). A timer holds
    // the loop meanwhile, and gives up after 5 s rather than keep a process alive for a lost worker.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, 5_000)))]);
    clearTimeout(timer);
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const idle = this.#slots.find((s) => s.inFlight === 0);
      const slot = idle ?? this.#spawn() ?? this.#slots.find((s) => s.inFlight < DEPTH);
      if (!slot) return;
      const item = this.#queue.shift();
      if (!item) return;
      const id = this.#nextId++;
      slot.inFlight++;
      slot.worker.ref();
      this.#running.set(id, { resolve: item.resolve, reject: item.reject, slot });
      slot.worker.postMessage({ id, task: item.task } satisfies TaskRequest<T>);
    }
  }

  #spawn(): Slot | null {
    if (this.#slots.length >= this.size || (this.#slots.length > 0 && !this.#answered)) return null;
    const worker = startWorker(this.script);
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (reply: TaskReply<R>) => {
      const pending = this.#running.get(reply.id);
      this.#running.delete(reply.id);
      slot.inFlight--;
      this.#answered = true;
      if (slot.inFlight === 0 && this.#queue.length === 0) worker.unref();
      if (reply.ok) pending?.resolve(reply.value);
      else pending?.reject(new Error(reply.message));
      this.#pump();
    });
    worker.on('error', (error) => this.#lose(slot, error));
    worker.on('exit', () => this.#lose(slot, new Error('A worker thread stopped.')));
    this.#slots.push(slot);
    return slot;
  }

  /** A worker died (a crash in native code, out of memory): fail its task, replace it for the rest. */
  #lose(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    for (const [id, pending] of this.#running) {
      if (pending.slot !== slot) continue;
      this.#running.delete(id);
      pending.reject(error);
    }
    if (!this.#closed) this.#pump();
  }
}
