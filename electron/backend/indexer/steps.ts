// Runs in Node. Long computations written as generators that yield between steps, so one code path
// serves both a caller that wants the answer at once and the backend's main thread, which must keep
// answering the interface: linking copies over 100,000 articles held the event loop for 0.2–0.3 s.

/**
 * Items a step's loop goes through before yielding (articles, say): a few milliseconds of work in
 * compiled code, and still well under the event loop's budget before V8 has compiled the loop, as
 * after a reopen, when the first change passes over all 100,000 articles of a library.
 */
export const ITEMS_PER_STEP = 4096;

/** A computation that yields (nothing) between its steps and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving the event loop a turn whenever `sliceMs` have passed since the last one. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
