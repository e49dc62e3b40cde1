// Runs in Node. Names the extraction code an index cache was built with: a cache built by other
// code is rebuilt rather than trusted.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerScript } from './worker-pool.js';

let stampMemo: string | null = null;

/**
 * Identifies the extraction code: the built worker bundle, or every indexer source file in
 * development. Extraction that changes invalidates the cache instead of serving stale results.
 */
export function extractorStamp(): string {
  if (stampMemo) return stampMemo;
  const script = workerScript('extract-worker');
  const hash = createHash('sha1');
  if (script.pathname.endsWith('.js')) hash.update(readFileSync(fileURLToPath(script)));
  else {
    const dir = path.dirname(fileURLToPath(script));
    for (const rel of ['', 'formats'].flatMap((sub) => listTs(path.join(dir, sub)).map((f) => path.join(sub, f))).sort()) {
      hash.update(rel).update(readFileSync(path.join(dir, rel)));
    }
  }
  stampMemo = hash.digest('hex').slice(0, 16);
  return stampMemo;
}

function listTs(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  } catch {
    return [];
  }
}
