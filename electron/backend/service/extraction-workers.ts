// Runs in Node. The extraction workers every library of a host shares: started with the first
// library that needs them (or when a folder is being chosen), warmed up meanwhile, closed with the host.
import { warmUpExtractor } from '../indexer/extractor-warm-up.js';
import { WorkerPool, workerScript } from '../indexer/worker-pool.js';
import type { ExtractPool } from './extract-files.js';

export class ExtractionWorkers {
  #pool: ExtractPool | null = null;
  /** The warm-up on the bundled library (see prepare), once per pool, and its abort. */
  #warmUp: { pages: Promise<number>; cut: AbortController } | null = null;
  #closed = false;

  /** The pool, started when first asked for. */
  get pool(): ExtractPool {
    this.#pool ??= new WorkerPool(workerScript('extract-worker'));
    return this.#pool;
  }

  /**
   * A folder is being chosen: the workers start and warm up on the bundled library
   * (extractor-warm-up.ts), unless `busy` (a run streaming through them warms them as well).
   * Settles when the warm-up is done or stopped, with the pages it extracted (0 when there was none).
   */
  async prepare(bundledLibrary: string, busy: boolean): Promise<number> {
    if (!this.#warmUp && !busy && !this.#closed) {
      const cut = new AbortController();
      this.#warmUp = { pages: warmUpExtractor(this.pool, bundledLibrary, cut.signal), cut };
    }
    return (await this.#warmUp?.pages) ?? 0;
  }

  /** A folder was chosen: its files go first, what is left of the warm-up not at all. */
  stopWarmUp(): void {
    this.#warmUp?.cut.abort();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#pool?.close();
  }
}
