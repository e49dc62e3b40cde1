// Runs in Node. How fast an indexing run goes now, for its progress line's rate and time left. Taken
// over the last few seconds rather than since the start: a cold run's first second, its workers
// starting and their code not yet compiled, goes at a third of the pace of the rest, and a rate since
// the start promised "about 24 s left" for a run that ended 5 s later.

/** How far back the rate looks. */
export const RATE_WINDOW_MS = 1000;
/**
 * No time left is promised before the run is this old: its workers' code is still being compiled
 * for about that long, and the pace still rising (a cold 10,000: a third of it in the first second).
 */
export const SETTLE_MS = 2000;

export class RateMeter {
  /** [time in ms, files done], oldest first; the first is at or before the window's start. */
  readonly #samples: Array<[number, number]> = [];

  readonly #startedAt: number;

  constructor(startedAt: number, done = 0) {
    this.#startedAt = startedAt;
    this.#samples.push([startedAt, done]);
  }

  /** `done` files at `now` (ms, never earlier than the last call's). */
  record(now: number, done: number): void {
    this.#samples.push([now, done]);
    // Keep one sample at or before the window's start, so the window is always covered.
    while (this.#samples.length > 2 && (this.#samples[1]?.[0] ?? now) <= now - RATE_WINDOW_MS) this.#samples.shift();
  }

  /** Files per second over the window (since the start, while the run is younger), 0 before any time passed. */
  get filesPerSecond(): number {
    const first = this.#samples[0];
    const last = this.#samples[this.#samples.length - 1];
    if (!first || !last || last[0] <= first[0]) return 0;
    return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
  }

  /** Seconds until `remaining` more files are done at the current rate, or null with no settled rate yet. */
  secondsLeft(remaining: number): number | null {
    const last = this.#samples[this.#samples.length - 1]?.[0] ?? this.#startedAt;
    const rate = this.filesPerSecond;
    return rate > 0 && last - this.#startedAt >= SETTLE_MS ? remaining / rate : null;
  }
}
