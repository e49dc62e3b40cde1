// Runs in Node. A set of 30-bit hashes, for the shingles a page has shown so far (lines.ts).
//
// Why by hand, not a Set<number> or a library: line splitting asks "seen before?" once for every
// word 4-gram of every page, and with a Set that was over a third of its time (hash tables of
// heap entries, rehashed as they grow). Open addressing over one Int32Array does the same in a
// fraction of it. The hashes come already mixed (murmur3's finaliser), so their low bits pick the
// slot directly. No npm package offers a plain integer set of this kind without a dense universe.

const INITIAL_SLOTS = 1024;
/** clear() keeps the slots up to this many (1 MiB): reused for the next page instead of allocated. */
const KEPT_SLOTS = 1 << 18;

export class HashSet30 {
  /** Each slot holds value + 1; 0 marks an empty slot (0 itself is a valid hash). */
  #slots = new Int32Array(INITIAL_SLOTS);
  #mask = INITIAL_SLOTS - 1;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** `value` must be an integer in [0, 2^30). */
  has(value: number): boolean {
    const slots = this.#slots;
    const stored = value + 1;
    for (let i = value & this.#mask; ; i = (i + 1) & this.#mask) {
      const slot = slots[i];
      if (slot === stored) return true;
      if (slot === 0) return false;
    }
  }

  /** `value` must be an integer in [0, 2^30). */
  add(value: number): void {
    const stored = value + 1;
    let i = value & this.#mask;
    for (let slot = this.#slots[i]; slot !== 0; slot = this.#slots[i]) {
      if (slot === stored) return;
      i = (i + 1) & this.#mask;
    }
    this.#slots[i] = stored;
    // Kept at most half full, where linear probing stays short.
    if (++this.#size * 2 > this.#slots.length) this.#grow();
  }

  /**
   * Empties the set for about `expected` values (a hint); keeps its memory unless it is far larger
   * than that (emptying it costs as much as it is large, and one long page must not make every
   * short one after it clear a megabyte) or smaller.
   */
  clear(expected = 0): void {
    const wanted = Math.max(INITIAL_SLOTS, 2 ** Math.ceil(Math.log2(Math.max(1, expected) * 2)));
    const size = this.#slots.length;
    // Too small is made the right size at once, rather than grown (and rehashed) step by step.
    if (size > KEPT_SLOTS || size > 4 * wanted || size < wanted) {
      this.#slots = new Int32Array(wanted);
      this.#mask = wanted - 1;
    } else if (this.#size > 0) {
      this.#slots.fill(0);
    }
    this.#size = 0;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#mask = this.#slots.length - 1;
    for (const stored of old) {
      if (stored === 0) continue;
      let i = (stored - 1) & this.#mask;
      while (this.#slots[i] !== 0) i = (i + 1) & this.#mask;
      this.#slots[i] = stored;
    }
  }
}
