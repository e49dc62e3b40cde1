// Runs in Node. Names the extraction code an index cache was built with: a cache built by other
// code is rebuilt rather than trusted.
import path from 'node:path';
import { codeStamp, sourcesIn } from './code-stamp.js';
import { workerScript } from './worker-pool.js';

/**
 * Identifies the extraction code: the built worker bundle, or every indexer source file in
 * development. Extraction that changes invalidates the cache instead of serving stale results.
 */
export function extractorStamp(): string {
  return codeStamp(workerScript('extract-worker'), (dir) => [...sourcesIn(dir), ...sourcesIn(path.join(dir, 'formats'))]);
}
