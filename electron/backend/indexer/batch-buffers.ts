// Runs in a worker thread (and in Node for a few files). The bodies and signatures of a batch of
// extractions, each kind in one buffer made for the batch's reply: a typed array of its own for every
// body and every signature cost an allocation each (encoding a body into a fresh array took ten
// times as long as encoding it into one already there) and a buffer each to move between threads.
import { HASHES } from './duplicates.js';
import { jsonLineText, plainLineParts, type BodyParts } from './bodies-file.js';

const utf8 = new TextEncoder();

/**
 * Where a thread's bodies are encoded as they come, before being copied into the batch's own buffer
 * at its size: encoding straight into a buffer sized beforehand meant measuring each body's UTF-8
 * first, which took four times as long as encoding it. One batch at a time holds it (null then): a
 * worker that starts runs its first batches interleaved, each awaiting the extractor's loading,
 * and those after the first encode into a scratch of their own.
 */
let sharedScratch: Uint8Array | null = new Uint8Array(1 << 20);
/** A scratch grown past this for a huge batch is not kept for the next one. */
const SCRATCH_KEPT = 16 << 20;

export class BatchBuffers {
  readonly #signatures: Uint32Array;
  #signed = 0;
  /** Each body's line, as [start, end) in the scratch, with where it goes. */
  readonly #lines: Array<{ start: number; end: number; place: (line: Uint8Array) => void }> = [];
  #used = 0;
  #scratch: Uint8Array;
  #finished = false;
  /** The buffers made for this batch alone: moved to the other thread, not copied. */
  readonly buffers: ArrayBuffer[] = [];

  /** `files`: at most how many signatures the batch will ask room for. */
  constructor(files: number) {
    const buffer = new ArrayBuffer(HASHES * files * Uint32Array.BYTES_PER_ELEMENT);
    this.#signatures = new Uint32Array(buffer);
    this.buffers.push(buffer);
    this.#scratch = sharedScratch ?? new Uint8Array(64 << 10);
    sharedScratch = null;
  }

  /** Room for the next signature (a view of the batch's buffer), or null when the batch has used all. */
  signatureRoom(): Uint32Array | null {
    if ((this.#signed + 1) * HASHES > this.#signatures.length) return null;
    return this.#signatures.subarray(this.#signed * HASHES, ++this.#signed * HASHES);
  }

  /**
   * A body's line for the cache (bodies-file.ts), given to `place` by finish(). `text`: the body's
   * text (bodyText of its paragraphs), when the caller has it.
   */
  addBody(body: BodyParts, place: (line: Uint8Array) => void, text?: string): void {
    const start = this.#used;
    for (const part of plainLineParts(body, text) ?? [jsonLineText(body)]) this.#encode(part);
    this.#lines.push({ start, end: this.#used, place });
  }

  #encode(part: string): void {
    // At most three bytes for each UTF-16 code unit (a surrogate pair's four bytes are two units).
    const room = this.#used + 3 * part.length;
    if (room > this.#scratch.length) {
      const grown = new Uint8Array(Math.max(room, 2 * this.#scratch.length));
      grown.set(this.#scratch.subarray(0, this.#used));
      this.#scratch = grown;
    }
    this.#used += utf8.encodeInto(part, this.#scratch.subarray(this.#used)).written;
  }

  /** Copies the bodies added into one buffer of the batch's own, and places each one's view; ends the batch. */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#used > 0) {
      const buffer = new ArrayBuffer(this.#used);
      const bytes = new Uint8Array(buffer);
      bytes.set(this.#scratch.subarray(0, this.#used));
      for (const { start, end, place } of this.#lines) place(bytes.subarray(start, end));
      this.buffers.push(buffer);
    }
    // Given back for the next batch, unless another batch already gave back its own.
    if (sharedScratch === null) sharedScratch = this.#scratch.length > SCRATCH_KEPT ? new Uint8Array(1 << 20) : this.#scratch;
    this.#lines.length = 0;
    this.#used = 0;
  }
}
