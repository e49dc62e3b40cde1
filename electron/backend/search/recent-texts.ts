// Runs in Node. The texts used lately, up to a total size, the oldest dropped first: each keystroke
// of a query mostly finds the articles the previous one did, and reading and parsing fifty bodies
// (long ones rank high for a short prefix) was most of a keystroke's time.
export class RecentTexts {
  readonly #texts = new Map<string, string>(); // a Map iterates in insertion order: oldest first
  #chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): string | undefined {
    const text = this.#texts.get(key);
    if (text !== undefined) {
      this.#texts.delete(key);
      this.#texts.set(key, text);
    }
    return text;
  }

  set(key: string, text: string): void {
    this.forget(key);
    this.#texts.set(key, text);
    this.#chars += text.length;
    for (const [oldKey, old] of this.#texts) {
      if (this.#chars <= this.maxChars) break;
      this.#texts.delete(oldKey);
      this.#chars -= old.length;
    }
  }

  forget(key: string): void {
    const old = this.#texts.get(key);
    if (old === undefined) return;
    this.#texts.delete(key);
    this.#chars -= old.length;
  }

  clear(): void {
    this.#texts.clear();
    this.#chars = 0;
  }
}
