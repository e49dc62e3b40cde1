// Runs in Node. A save writes `<file>.<pid>.<n>.tmp` and renames it into place; a process that died
// meanwhile left its temporaries behind (a signatures file is 51 MB at 100,000 articles). They are
// removed when the cache is next opened, unless the process that wrote them is still running (the
// app and `lectern index` may share a data folder).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const TEMPORARY = /\.(\d+)\.\d+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporaries in `dir` whose writer is no longer running: by default a save's files;
 * with `pattern` (its first group the writer's process id), others, folders too.
 */
export async function removeStaleTemporaries(dir: string, pattern = TEMPORARY): Promise<void> {
  for (const name of await readdir(dir).catch(() => [])) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await rm(path.join(dir, name), { recursive: true, force: true }).catch(() => undefined);
  }
}
