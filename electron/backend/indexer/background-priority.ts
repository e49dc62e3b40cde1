// Runs in a worker thread. Indexing is background work: on a 2-core machine its two extraction
// threads and the search index's thread would otherwise take the cores as often as the interface's
// own thread, and a 40 ms layout could stretch past 100 ms waiting for one.
//
// Two steps, both Linux-only (there a priority belongs to each thread; on macOS and Windows the same
// calls would lower the whole app, its interface included, so there they do nothing):
// - nice 10: about a tenth of a normal thread's share, but only against threads of the same
//   scheduling group. Desktop Linux puts each session in a group of its own (autogroup), and
//   Chromium starts its renderers in sessions of their own, so against the interface a nice value
//   counts for nothing.
// - SCHED_IDLE: the thread runs only on a core nothing else wants, and any other thread that wakes
//   takes the core from it at once, whatever its group. Node has no call for it (sched_setscheduler),
//   and a native module would need building for every Electron release, so util-linux's `chrt`,
//   present on every desktop Linux, sets it for this thread; where it is missing, nice 10 remains.
import { execFile } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** How far below normal background threads run (0 normal … 19 lowest). */
export const BACKGROUND_NICE = 10;

/** Linux's number for SCHED_IDLE, as /proc/…/stat reports a thread's policy. */
export const SCHED_IDLE = 5;

/**
 * Makes the calling thread background work: nice 10 at once, then SCHED_IDLE. Resolves once both are
 * applied, or once it turned out they cannot be (no `chrt`, a sandbox): never rejects, the thread
 * then keeps what it got.
 */
export function runInBackground(): Promise<void> {
  if (process.platform !== 'linux') return Promise.resolve();
  try {
    os.setPriority(0, BACKGROUND_NICE);
  } catch {
    // A sandbox that forbids it leaves the thread at normal priority: slower to yield, still correct.
  }
  let thread: string;
  try {
    // "<pid>/task/<tid>": this thread's id, which no Node API gives.
    thread = readlinkSync('/proc/thread-self').split('/').pop() ?? '';
  } catch {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    execFile('chrt', ['--idle', '--pid', '0', thread], { timeout: 5_000 }, () => resolve());
  });
}
