// Runs in a worker thread (and in Node for a few files). The bodies and signatures of a batch of
// extractions, each kind in one buffer made for the batch's reply: a typed array of its own for every
// body and every signature cost an allocation each (encoding a body into a fresh array took ten
// times as long as encoding it into one already there) and a buffer each to move between threads.
import { HASHES } from './duplicates.js';
import { bodyLineText } from './bodies-file.js';

const utf8 = new TextEncoder();

export class BatchBuffers {
  readonly #signatures: Uint32Array;
  #signed = 0;
  readonly #lines: Array<{ text: string; place: (line: Uint8Array) => void }> = [];
  /** The buffers made for this batch alone: moved to the other thread, not copied. */
  readonly buffers: ArrayBuffer[] = [];

  /** `files`: at most how many signatures the batch will ask room for. */
  constructor(files: number) {
    const buffer = new ArrayBuffer(HASHES * files * Uint32Array.BYTES_PER_ELEMENT);
    this.#signatures = new Uint32Array(buffer);
    this.buffers.push(buffer);
  }

  /** Room for the next signature (a view of the batch's buffer), or null when the batch has used all. */
  signatureRoom(): Uint32Array | null {
    if ((this.#signed + 1) * HASHES > this.#signatures.length) return null;
    return this.#signatures.subarray(this.#signed * HASHES, ++this.#signed * HASHES);
  }

  /** A body's line for the cache, given to `place` by finish(). */
  addBody(body: { paragraphs: readonly string[]; comments: readonly string[] }, place: (line: Uint8Array) => void): void {
    this.#lines.push({ text: bodyLineText(body), place });
  }

  /** Encodes the bodies added, one after another, into one buffer, and places each one's view. */
  finish(): void {
    let total = 0;
    for (const { text } of this.#lines) total += Buffer.byteLength(text, 'utf8');
    const buffer = new ArrayBuffer(total);
    const bytes = new Uint8Array(buffer);
    let at = 0;
    for (const { text, place } of this.#lines) {
      const { read, written } = utf8.encodeInto(text, bytes.subarray(at));
      // Counted and encoded alike (a lone surrogate is three bytes either way); should they ever
      // differ, the line gets an array of its own rather than a cut one.
      if (read === text.length) place(bytes.subarray(at, at + written));
      else place(utf8.encode(text));
      at += written;
    }
    if (total > 0) this.buffers.push(buffer);
    this.#lines.length = 0;
  }
}
