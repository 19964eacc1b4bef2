// A bounded least-recently-used cache keyed by strings (paragraph texts, document keys).
// Paragraph facts depend only on the paragraph's text, so the text itself is the key: an edit
// elsewhere in the document leaves every other entry valid.

export interface LruLimits {
  /** Most entries kept. */
  maxEntries: number;
  /** Most key characters kept (paragraph texts dominate the memory of a facts cache). */
  maxKeyChars?: number;
}

export class LruCache<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly map = new Map<string, V>();
  private keyChars = 0;

  constructor(private readonly limits: LruLimits) {}

  get size(): number {
    return this.map.size;
  }

  /** Total length of the keys held, for tests and diagnostics. */
  get chars(): number {
    return this.keyChars;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) {
      this.map.delete(key);
    } else {
      this.keyChars += key.length;
    }
    this.map.set(key, value);
    this.evict();
  }

  delete(key: string): boolean {
    if (!this.map.delete(key)) return false;
    this.keyChars -= key.length;
    return true;
  }

  clear(): void {
    this.map.clear();
    this.keyChars = 0;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  private evict(): void {
    const maxChars = this.limits.maxKeyChars ?? Infinity;
    // Never evict the entry just set: one oversized paragraph is still worth keeping until the next.
    while (this.map.size > 1 && (this.map.size > this.limits.maxEntries || this.keyChars > maxChars)) {
      const oldest = this.map.keys().next().value as string;
      this.delete(oldest);
    }
  }
}
