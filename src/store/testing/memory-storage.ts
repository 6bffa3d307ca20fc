/** A tiny in-memory `Storage` for tests in the Node environment, with an optional quota in characters. */
export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  /** Set to make the next writes fail like a full browser storage. */
  quota = Infinity;

  get length(): number { return this.data.size; }
  key(index: number): string | null { return [...this.data.keys()][index] ?? null; }
  getItem(key: string): string | null { return this.data.get(key) ?? null; }
  setItem(key: string, value: string): void {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string): void { this.data.delete(key); }
  clear(): void { this.data.clear(); }
  keys(): string[] { return [...this.data.keys()]; }
}
