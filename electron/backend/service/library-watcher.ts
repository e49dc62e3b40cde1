// Runs in Node. Watches the open library folder: files added, changed, renamed (an unlink and an add)
// or deleted are collected for a moment and handed over together, so a burst of changes (a sync
// tool, an unzip) becomes one refresh rather than hundreds. The session stats each path it is given,
// so a path reported twice, or one that turns out unchanged, costs a stat and nothing more.
//
// The folder itself may go: removed, renamed, on a drive unplugged or a share disconnected. Its
// files' disappearance is then no news about them: nothing is handed over, the listener hears that
// the folder is gone, and the folder is looked for every few seconds until it is back.
import path from 'node:path';
import { ARTICLE_FILE } from '../indexer/extract-file.js';
import { isFolder, isSkippedName } from '../indexer/index-library.js';
import { watchTree } from './tree-watcher.js';

export interface LibraryWatcher {
  /** Settles once the whole folder is watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Quiet time before a hand-over: a file being written keeps reporting changes (read it once it is
 * still, not half-way), and a rename reaches us as two events (handed over apart, the article would
 * flash "file missing" before its notes follow it).
 */
const QUIET_MS = 400;
/** Longest wait after the first change, however busy the folder: a new file shows within a second. */
const LONGEST_MS = 700;
/**
 * How often the folder is looked for: while it is gone, to see it back; while it is there, in case
 * it went without a word (a network share or a FUSE mount may report nothing). One stat each time.
 */
export const PRESENCE_POLL_MS = 2000;

/**
 * Watches `folder` (there when called, unless `present` is false). `onPresence` hears when the folder
 * goes (false) and when it is back and watched again (true).
 */
export function watchLibrary(folder: string, onChange: (files: string[]) => void, onPresence: (present: boolean) => void = () => undefined, present = true): LibraryWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let due = 0;
  let first = 0;
  let there = present;
  let closed = false;
  let looking = false;
  const handOver = async () => {
    timer = null;
    const files = [...pending];
    pending.clear();
    // The folder gone takes every file with it: that is not news about the files.
    if (await isFolder(folder)) onChange(files);
    else gone();
  };
  const note = (relative: string) => {
    // Folders (no article extension) are passed on too: one that went takes its articles with it.
    const name = path.posix.basename(relative);
    if (path.posix.extname(name) !== '' && !ARTICLE_FILE.test(name)) return;
    const now = performance.now();
    if (pending.size === 0) first = now;
    pending.add(relative);
    const at = Math.min(now + QUIET_MS, first + LONGEST_MS);
    if (timer && at <= due) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(() => void handOver(), at - now);
  };
  const watch = () => watchTree(folder, isSkippedName, note, (error) => {
    console.error(`lectern: watching ${folder} failed:`, error);
    void lookFor();
  });
  let tree = there ? watch() : null;
  const gone = () => {
    if (!there || closed) return;
    there = false;
    tree?.close();
    tree = null;
    pending.clear();
    onPresence(false);
  };
  /** Whether the folder is (still) there: it goes, or comes back and is watched again. */
  const lookFor = async () => {
    if (looking || closed) return;
    looking = true;
    try {
      const found = await isFolder(folder);
      if (closed || found === there) return;
      if (!found) return gone();
      there = true;
      tree = watch();
      await tree.ready;
      if (!closed) onPresence(true);
    } finally {
      looking = false;
    }
  };
  const poll = setInterval(() => void lookFor(), PRESENCE_POLL_MS);
  poll.unref();
  return {
    ready: tree?.ready ?? Promise.resolve(),
    async close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      tree?.close();
    },
  };
}
