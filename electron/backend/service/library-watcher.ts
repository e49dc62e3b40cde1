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

export function watchLibrary(folder: string, onChange: (files: string[]) => void): LibraryWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const relative = (absolute: string) => path.relative(folder, absolute).split(path.sep).join('/');
  const note = (absolute: string) => {
    pending.add(relative(absolute));
    timer ??= setTimeout(() => {
      timer = null;
      const files = [...pending];
      pending.clear();
      onChange(files);
    }, GATHER_MS);
  };
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
  watcher.on('add', note).on('change', note).on('unlink', note).on('unlinkDir', note);
  watcher.on('error', (error) => console.error(`lectern: watching ${folder} failed:`, error));
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
