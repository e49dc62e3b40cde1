// Runs in Node. A lowdb adapter that keeps one JSON file durable: every write is fsynced and atomic.
//
// Build the database yourself with `new Low(new AtomicJsonFile(file, validate), defaultData)`.
// Do not use lowdb's JSONFilePreset: it silently swaps in an in-memory adapter when NODE_ENV=test,
// and its writer (steno) never fsyncs, so a power cut can leave an empty file behind.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { errorCode, writeFileAtomic } from './write-file-atomic.js';
import { reservedArticleKey } from './data-schema.js';

export type DataFileProblem = 'unreadable' | 'not-json' | 'invalid';

/** The data file exists but cannot be used as it is. The caller decides what to do with it. */
export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DataFileError';
  }
}

/** Checks parsed JSON and returns it typed, or throws (any error) when it has the wrong shape. */
export type Validate<T> = (value: unknown) => T;

interface PendingWrite<T> {
  data: T;
  done: Promise<void>;
}

export class AtomicJsonFile<T> implements Adapter<T> {
  /** The write that is queued but has not started: later writes fold into it (it sends the newest data). */
  #queued: PendingWrite<T> | null = null;
  /** The tail of the chain of writes; each starts only once the one before has settled. */
  #tail: Promise<void> = Promise.resolve();
  #lastWriteFailed = false;

  constructor(
    readonly file: string,
    private readonly validate: Validate<T>,
  ) {}

  /** null when the file does not exist; a DataFileError when it exists but cannot be used. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      const reason = error instanceof Error ? error.message : String(error);
      throw new DataFileError('unreadable', this.file, `cannot be read (${reason})`, { cause: error });
    }
    let json: unknown;
    try {
      // A byte-order mark (added by some Windows editors) is not JSON but is harmless.
      json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DataFileError('not-json', this.file, `is not valid JSON (${reason})`, { cause: error });
    }
    const reserved = reservedArticleKey(json);
    if (reserved) throw new DataFileError('invalid', this.file, `does not have the expected shape (${reserved})`);
    try {
      return this.validate(json);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DataFileError('invalid', this.file, `does not have the expected shape (${reason})`, {
        cause: error,
      });
    }
  }

  /**
   * Writes are serialised: one at a time, in call order. While one is in flight, further calls share
   * a single queued write which serialises the data when it starts, so it carries the newest state
   * (lowdb passes the same mutable object every time). Every promise resolves only once data at
   * least as new as its own is on disk, and rejects if that write failed.
   */
  write(data: T): Promise<void> {
    if (this.#queued) {
      this.#queued.data = data;
      return this.#queued.done;
    }
    const pending: PendingWrite<T> = { data, done: Promise.resolve() };
    pending.done = this.#tail.then(
      () => this.#run(pending),
      () => this.#run(pending),
    );
    this.#queued = pending;
    this.#tail = pending.done.catch(() => undefined);
    return pending.done;
  }

  async #run(pending: PendingWrite<T>): Promise<void> {
    // From here on, later writes must queue behind this one: this one's data is about to be captured.
    if (this.#queued === pending) this.#queued = null;
    const json = `${JSON.stringify(pending.data, null, 2)}\n`;
    try {
      await writeFileAtomic(this.file, json);
      this.#lastWriteFailed = false;
    } catch (error) {
      this.#lastWriteFailed = true;
      throw error;
    }
  }

  /** Resolves once every write asked for so far has settled. */
  async idle(): Promise<void> {
    await this.#tail;
  }

  /** True when the latest write that settled failed: the data on disk is older than in memory. */
  get lastWriteFailed(): boolean {
    return this.#lastWriteFailed;
  }
}
