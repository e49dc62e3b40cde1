// Runs in Node. A Map that remembers which keys were set or deleted since it was last asked: the
// index cache's files, so that a save writes what changed rather than every entry.
export class TrackedMap<K, V> extends Map<K, V> {
  #changed = new Set<K>();

  override set(key: K, value: V): this {
    // (Map's constructor calls set before this class's fields exist: not with no entries, as here.)
    this.#changed.add(key);
    return super.set(key, value);
  }

  /** Sets without counting it as a change: entries as read from disk. */
  setUnchanged(key: K, value: V): this {
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.#changed.add(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.#changed.add(key);
    super.clear();
  }

  /** The keys set or deleted since the last call, oldest change first. */
  takeChanges(): K[] {
    const changed = [...this.#changed];
    this.#changed = new Set();
    return changed;
  }

  /** Marks `keys` changed again (a save that failed must write them next time). */
  restoreChanges(keys: Iterable<K>): void {
    for (const key of keys) this.#changed.add(key);
  }
}
