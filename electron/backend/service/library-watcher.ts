// Runs in Node. Watches the open library folder (chokidar): files added, changed, renamed (an unlink
// and an add) or deleted are collected for a moment and handed over together, so a burst of changes
// (a sync tool, an unzip) becomes one refresh rather than hundreds.
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { ARTICLE_FILE } from '../indexer/extract-file.js';

export interface LibraryWatcher {
  close(): Promise<void>;
}

/** Long enough to gather a burst, short enough that a new file shows within a second. */
const GATHER_MS = 120;
/** After a file goes, wait for its new name: a rename reaches us as an unlink now and an add once
 * the file is stable (awaitWriteFinish, ~200 ms), and handed over apart, the article would flash
 * "file missing" before its notes follow it. */
const RENAME_GATHER_MS = 450;

export function watchLibrary(folder: string, onChange: (files: string[]) => void): LibraryWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const relative = (absolute: string) => path.relative(folder, absolute).split(path.sep).join('/');
  let due = 0;
  let first = 0;
  const handOver = () => {
    timer = null;
    const files = [...pending];
    pending.clear();
    onChange(files);
  };
  const note = (absolute: string, wait = GATHER_MS) => {
    const now = performance.now();
    if (pending.size === 0) first = now;
    pending.add(relative(absolute));
    // A later event may push the hand-over back, but never past the first one's longest wait: a
    // steady stream of changes (a sync tool) still reaches the list.
    const at = Math.min(now + wait, first + RENAME_GATHER_MS);
    if (timer && at <= due) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(handOver, at - now);
  };
  const gone = (absolute: string) => note(absolute, RENAME_GATHER_MS);
  const watcher: FSWatcher = watch(folder, {
    ignoreInitial: true,
    // The same files the indexer skips: hidden ones, dependency folders, non-article extensions.
    ignored: (absolute, stats) => {
      const name = path.basename(absolute);
      if (absolute !== folder && (name.startsWith('.') || name === 'node_modules')) return true;
      return Boolean(stats?.isFile()) && !ARTICLE_FILE.test(name);
    },
    // A file being written is read once it stops growing, not half-way.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });
  watcher.on('add', (file) => note(file)).on('change', (file) => note(file)).on('unlink', gone).on('unlinkDir', gone);
  watcher.on('error', (error) => console.error(`lectern: watching ${folder} failed:`, error));
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
