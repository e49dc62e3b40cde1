// Runs in Node (main thread). Names the code a worker runs, for what it built to be thrown away when
// that code changes: the index cache (extractor-stamp.ts) and the saved search index
// (search/search-stamp.ts). Read on the main thread, whose file system reads inside the packaged
// app's archive.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const stamps = new Map<string, string>();

/**
 * A short hash of `worker`'s code: its built bundle (one file holding everything it runs), or in
 * development, where it is a `.ts` file run through tsx, the source files `sources(dir)` names (dir:
 * the worker's folder). Worked out once per worker.
 */
export function codeStamp(worker: URL, sources: (dir: string) => string[]): string {
  const known = stamps.get(worker.href);
  if (known) return known;
  const file = fileURLToPath(worker);
  const hash = createHash('sha1');
  if (file.endsWith('.js')) hash.update(readFileSync(file));
  else {
    const dir = path.dirname(file);
    for (const source of sources(dir)) hash.update(path.relative(dir, source)).update(readFileSync(source));
  }
  const stamp = hash.digest('hex').slice(0, 16);
  stamps.set(worker.href, stamp);
  return stamp;
}

/** The TypeScript sources in `dir`, tests left out, sorted (none if it cannot be read). */
export function sourcesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}
