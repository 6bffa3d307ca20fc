import type { Statement } from './types.ts';

/** What the trainee or instructor sees of the statements on their way to the LRS. */
export interface OutboxStatus {
  /** `sent`: nothing waiting; `sending`: a request is out; `waiting`: the last try failed, another is scheduled. */
  state: 'sent' | 'sending' | 'waiting';
  queued: number;
  /** Why the last try failed, in plain words. */
  problem: string | null;
  /** Wall-clock ms of the next try while `waiting`. */
  retryAt: number | null;
}

export interface OutboxOptions {
  /** Sends statements in order; rejects with a plain-language Error when the LRS did not store them. */
  send: (batch: Statement[]) => Promise<void>;
  /** Where the queue survives a reload (localStorage), or null to keep it in memory (a cmi5 session's token dies with the page). */
  storage: Storage | null;
  storageKey: string;
  /** First retry delay; doubles up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const BATCH = 50;

/**
 * Statements wait here until the LRS has stored them, in order, nothing dropped: a refused or
 * unreachable LRS keeps them queued (in the browser's storage when given) and is retried with
 * exponential backoff, or at once on `retryNow()` and when the browser comes back online.
 */
export class Outbox {
  private queue: Statement[];
  private listeners = new Set<(s: OutboxStatus) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private current: OutboxStatus;
  private readonly opts: Required<OutboxOptions>;

  constructor(opts: OutboxOptions) {
    this.opts = { baseDelayMs: 1000, maxDelayMs: 30_000, ...opts };
    this.queue = this.load();
    this.current = { state: this.queue.length ? 'waiting' : 'sent', queued: this.queue.length, problem: null, retryAt: null };
  }

  get status(): OutboxStatus {
    return this.current;
  }

  subscribe(listener: (s: OutboxStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  enqueue(statements: readonly Statement[]): void {
    if (!statements.length) return;
    this.queue.push(...statements);
    this.save();
    this.update({ queued: this.queue.length });
    void this.flush();
  }

  retryNow(): Promise<void> {
    this.failures = 0;
    return this.flush();
  }

  /** Sends everything queued; resolves when the queue is empty or a try failed (a retry is then scheduled). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running ??= this.drain().finally(() => { this.running = null; });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.slice(0, BATCH);
      this.update({ state: 'sending', retryAt: null });
      try {
        await this.opts.send(batch);
      } catch (e) {
        this.failures++;
        const delay = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (this.failures - 1));
        this.timer = setTimeout(() => void this.flush(), delay);
        this.update({ state: 'waiting', problem: (e as Error).message || 'The LRS did not answer.', retryAt: Date.now() + delay });
        return;
      }
      this.failures = 0;
      this.queue.splice(0, batch.length);
      this.save();
      this.update({ queued: this.queue.length });
    }
    this.update({ state: 'sent', problem: null, retryAt: null, queued: 0 });
  }

  private update(change: Partial<OutboxStatus>): void {
    this.current = { ...this.current, ...change };
    for (const l of this.listeners) l(this.current);
  }

  private load(): Statement[] {
    try {
      const raw = this.opts.storage?.getItem(this.opts.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as Statement[]) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (!this.opts.storage) return;
      if (this.queue.length) this.opts.storage.setItem(this.opts.storageKey, JSON.stringify(this.queue));
      else this.opts.storage.removeItem(this.opts.storageKey);
    } catch {
      // Storage full or blocked: the queue still lives in memory for this page.
    }
  }
}
