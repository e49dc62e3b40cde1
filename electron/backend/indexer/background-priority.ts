// Runs in a worker thread. Indexing is background work: on a 2-core machine its two extraction
// threads and the search index's thread would otherwise take the cores as often as the interface's
// own thread, and a 40 ms layout could stretch past 100 ms waiting for one. A lower priority
// (nice 10, about a tenth of a normal thread's share when both want the core) costs nothing when the
// machine is otherwise idle.
import os from 'node:os';

/** How far below normal background threads run (0 normal … 19 lowest). */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's priority. Only on Linux, where a nice value belongs to each thread
 * (setpriority on "this process" acts on the calling thread); on macOS and Windows the same call
 * would lower the whole app, its interface included, so there it does nothing.
 */
export function runInBackground(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, BACKGROUND_NICE);
  } catch {
    // A sandbox that forbids it leaves the thread at normal priority: slower to yield, still correct.
  }
}
