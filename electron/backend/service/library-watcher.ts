// Runs in Node. Watches the open library folder: files added, changed, renamed (an unlink and an add)
// or deleted are collected for a moment and handed over together, so a burst of changes (a sync
// tool, an unzip) becomes one refresh rather than hundreds. The session stats each path it is given,
// so a path reported twice, or one that turns out unchanged, costs a stat and nothing more.
import path from 'node:path';
import { ARTICLE_FILE } from '../indexer/extract-file.js';
import { isSkippedName } from '../indexer/index-library.js';
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

export function watchLibrary(folder: string, onChange: (files: string[]) => void): LibraryWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let due = 0;
  let first = 0;
  const handOver = () => {
    timer = null;
    const files = [...pending];
    pending.clear();
    onChange(files);
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
    timer = setTimeout(handOver, at - now);
  };
  const tree = watchTree(folder, isSkippedName, note, (error) => console.error(`lectern: watching ${folder} failed:`, error));
  return {
    ready: tree.ready,
    async close() {
      if (timer) clearTimeout(timer);
      tree.close();
    },
  };
}
