// Runs in Node (the search client, LibrarySearch). Names the code that builds the search index, as
// extractorStamp names the extraction's: a snapshot of the index (index-snapshot.ts) built by other
// code is not used. Sent to the worker with each resume.
import path from 'node:path';
import { codeStamp, sourcesIn } from '../indexer/code-stamp.js';

/**
 * `worker`: the search worker's module. Built, it is one bundle of everything that tokenises and
 * indexes; in development, the search sources and the bodies file's reader stand for it.
 */
export function searchStamp(worker: URL): string {
  return codeStamp(worker, (dir) => [...sourcesIn(dir), path.join(dir, '../indexer/bodies-file.ts')]);
}
