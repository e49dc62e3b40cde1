// Runs in Node. One Lectern process per data file: a lock file beside it, so a second app, CLI or
// browser-mode server on the same data stops with a clear message instead of interleaving writes.
//
// Hand-made rather than proper-lockfile: that library decides staleness by the lock's age, so after a
// crash (SIGKILL, power cut) the next start would be refused for its whole stale period, and a long
// pause in the event loop (indexing a 20 MB file) can make a live lock look stale. Here the lock names
// its owner (host, pid and, on Linux, the process's start time), and it is stale exactly when that
// process no longer exists.
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import os from 'node:os';
import { errorCode } from './write-file-atomic.js';

interface Owner {
  pid: number;
  host: string;
  /** Linux: the process's start time in clock ticks, so a recycled pid is not mistaken for the owner. */
  started: string | null;
}

export class DataFileLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: Owner | null,
  ) {
    super(
      `Another Lectern (the desktop app, \`lectern serve\` or a CLI command${owner ? `, process ${owner.pid} on ${owner.host}` : ''}) ` +
        `is using the same data folder. Close it and try again. If none is running, delete ${lockFile}.`,
    );
    this.name = 'DataFileLockedError';
  }
}

function startTicks(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the ")" that ends the (possibly spaced) command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return true; // Another machine (a shared folder): cannot tell, assume so.
  if (owner.pid === process.pid) return false; // Not held by this process (locks are tracked), so left by a crash.
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return errorCode(error) === 'EPERM'; // Exists but belongs to someone else; ESRCH means gone.
  }
  const started = startTicks(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

function parseOwner(text: string): Owner | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, host, started } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return null;
    return { pid, host, started: typeof started === 'string' ? started : null };
  } catch {
    return null;
  }
}

export class DataLock {
  #released = false;
  readonly #onExit = () => this.releaseSync();

  private constructor(readonly file: string) {
    // A normal exit (even process.exit) removes the lock; only a crash leaves it, and that is detected.
    process.once('exit', this.#onExit);
  }

  /** Takes the lock at `lockFile`, clearing one left by a process that no longer exists. */
  static async acquire(lockFile: string): Promise<DataLock> {
    const me: Owner = { pid: process.pid, host: os.hostname(), started: startTicks(process.pid) };
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const handle = await open(lockFile, 'wx');
        try {
          await handle.writeFile(`${JSON.stringify(me)}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new DataLock(lockFile);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      let text: string;
      try {
        text = await readFile(lockFile, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue; // Released meanwhile: try again.
        throw error;
      }
      const owner = parseOwner(text);
      // An empty or half-written lock is what a crash between create and write leaves behind.
      if (owner && isAlive(owner)) throw new DataFileLockedError(lockFile, owner);
      await unlink(lockFile).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
    throw new DataFileLockedError(lockFile, null);
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    process.removeListener('exit', this.#onExit);
    await unlink(this.file).catch(() => undefined);
  }

  releaseSync(): void {
    if (this.#released) return;
    this.#released = true;
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
