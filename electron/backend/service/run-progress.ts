// Runs in Node. What a library's progress bar shows of its indexing runs: files done of all, the
// rate and the time left while a run reads files; then done, or cancelled, which stays on show (its
// Resume offered) until a run over the whole folder has ended.
import type { IndexProgress } from '../../common/contract.js';
import { RateMeter } from './rate-meter.js';

export class RunProgress {
  #current: IndexProgress;
  /** The last cancelled run's progress, while files it did not reach remain unread. */
  #stopped: IndexProgress | null = null;

  constructor(
    readonly folder: string,
    private readonly listener: (progress: IndexProgress) => void,
  ) {
    this.#current = { folder, done: 0, total: 0, filesPerSecond: 0, secondsLeft: null, state: 'done' };
  }

  get current(): IndexProgress {
    return this.#current;
  }

  /**
   * A run of `work` files starts, `alreadyDone` others being up to date. The reporter says how many of
   * the work are extracted and the run's state, each time to the listener.
   */
  start(alreadyDone: number, work: number): (extracted: number, state: IndexProgress['state']) => void {
    const meter = new RateMeter(performance.now());
    return (extracted, state) => {
      meter.record(performance.now(), extracted);
      this.#current = { folder: this.folder, done: alreadyDone + extracted, total: alreadyDone + work, filesPerSecond: meter.filesPerSecond, secondsLeft: meter.secondsLeft(work - extracted), state };
      this.listener(this.#current);
    };
  }

  /**
   * The run just reported has ended. `changesOnly`: it extracted the watcher's changes, not every
   * file the folder has that the cache lacks; a cancelled run before it is shown again.
   */
  ended(changesOnly: boolean): void {
    if (this.#current.state === 'cancelled') this.#stopped = this.#current;
    else if (!changesOnly) this.#stopped = null;
    else if (this.#stopped) this.listener((this.#current = this.#stopped));
  }
}
