// Runs in Node. Reports paths that may have changed anywhere under a folder, one watch per FOLDER.
//
// Why not chokidar (used here before): it puts a watcher and a Stats object on every file, which for
// a library of 100,000 articles was ~400 MB of the main process and as many inotify watches. Folders
// are few, and a folder's watch already reports what happens to the files in it. On macOS and
// Windows one recursive fs.watch covers the tree (FSEvents, ReadDirectoryChangesW); on Linux, where
// Node 20's recursive mode is emulated file by file, each folder gets its own inotify watch.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface TreeWatcher {
  /** Settles once every folder present at the start is watched. */
  ready: Promise<void>;
  close(): void;
}

/** `onPath` hears "/"-separated paths relative to `root`: files (added, changed or gone) and folders
 * that went. A folder that arrives is walked: each file in it is reported. */
export function watchTree(root: string, skipName: (name: string) => boolean, onPath: (relative: string) => void, onError: (error: Error) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

  const watchOne = (dir: string, recursive: boolean): void => {
    if (closed || watchers.has(dir)) return;
    try {
      const watcher = watch(dir, { recursive, persistent: false }, (_event, name) => {
        if (name) void changed(path.join(dir, name.toString()));
      });
      watcher.on('error', (error) => {
        forget(dir); // the folder went: its parent's watch reports that
        if (dir === root) onError(error); // the root's went with it: there is no parent watching
      });
      watchers.set(dir, watcher);
    } catch (error) {
      if (dir === root) onError(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const forget = (dir: string): void => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(`${dir}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  const skipped = (absolute: string): boolean => relative(absolute).split('/').some((part) => skipName(part));

  /** Watches `dir` and the folders under it (Linux); with `report`, says every file found. */
  const walk = async (dir: string, report: boolean): Promise<void> => {
    watchOne(dir, false);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      // Files need nothing unless reported: a library of 100,000 is mostly files, and this walk runs
      // on the main thread while the first articles are on their way.
      if ((!report && !entry.isDirectory()) || skipName(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, report);
      else onPath(relative(full));
    }
  };

  const changed = async (absolute: string): Promise<void> => {
    if (closed || absolute === root || skipped(absolute)) return;
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      // A folder arrived (moved in, unzipped): its files are news. On Linux it needs its own watch.
      if (recursiveWatch) await reportFiles(absolute);
      else if (!watchers.has(absolute)) await walk(absolute, true);
      return;
    }
    if (!info) forget(absolute);
    onPath(relative(absolute));
  };

  const reportFiles = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(entry.parentPath, entry.name);
      if (entry.isFile() && !skipped(full)) onPath(relative(full));
    }
  };

  const recursiveWatch = process.platform === 'darwin' || process.platform === 'win32';
  let ready = Promise.resolve();
  if (recursiveWatch) watchOne(root, true);
  else ready = walk(root, false);
  return {
    ready,
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
