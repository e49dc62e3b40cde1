// Runs in Node (the search client, LibrarySearch). Names the code that builds the search index, as
// extractorStamp names the extraction's: a snapshot of the index (index-snapshot.ts) built by other
// code is not used. Worked out on the main thread, whose file system reads inside the packaged app's
// archive as the extractor's stamp does, and sent to the worker with each resume.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `worker`: the search worker's own module. Built, it is one bundle of everything that tokenises
 * and indexes; in development, the search sources and the bodies file's reader stand for it.
 */
export function searchStamp(worker: URL): string {
  const known = stamps.get(worker.href);
  if (known) return known;
  const file = fileURLToPath(worker);
  const hash = createHash('sha1');
  if (file.endsWith('.js')) hash.update(readFileSync(file));
  else {
    const dir = path.dirname(file);
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort().map((name) => path.join(dir, name));
    for (const source of [...sources, path.join(dir, '../indexer/bodies-file.ts')]) hash.update(path.basename(source)).update(readFileSync(source));
  }
  const stamp = hash.digest('hex').slice(0, 16);
  stamps.set(worker.href, stamp);
  return stamp;
}

const stamps = new Map<string, string>();
