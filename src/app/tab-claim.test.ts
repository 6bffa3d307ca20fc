import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { startSession } from '../sim/session/session.ts';
import { historyValidation, newerSave, type SavedAttempt } from '../store/history-store.ts';
import type { TabClaimStatus } from '../store/tab-claim.ts';
import { ASK_MS, isTabMessage, startTabClaim, TAKE_MS, type TabClaim, type TabMessage } from './tab-claim.ts';

/** Web Locks as the spec has them, for one origin: exclusive, queued in order, `steal` preempts, `signal` aborts a queued request. */
class FakeLocks {
  private held = new Map<string, { reject: (e: Error) => void }>();
  private queues = new Map<string, (() => void)[]>();

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        const entry = { reject };
        this.held.set(name, entry);
        void Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' } as Lock))
          .then(() => {
            if (this.held.get(name) !== entry) return;
            this.release(name);
            resolve();
          });
      };
      if (options.steal) {
        this.held.get(name)?.reject(new DOMException('stolen', 'AbortError'));
        this.held.delete(name);
        return grant();
      }
      if (!this.held.has(name)) return grant();
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      queue.push(grant);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(grant);
        if (at < 0) return;
        queue.splice(at, 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }

  /** What the browser reports: which names are held (the test's tabs share one origin, so no client ids). */
  query(): Promise<LockManagerSnapshot> {
    return Promise.resolve({ held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as const, clientId: '' })), pending: [] });
  }

  private release(name: string): void {
    this.held.delete(name);
    this.queues.get(name)?.shift()?.();
  }
}

/** A BroadcastChannel bus: every other channel gets a copy, later. */
class Bus {
  private channels = new Set<{ onmessage: ((e: MessageEvent<unknown>) => void) | null }>();
  sent: TabMessage[] = [];
  open() {
    const ch = {
      onmessage: null as ((e: MessageEvent<unknown>) => void) | null,
      postMessage: (m: TabMessage) => {
        this.sent.push(m);
        for (const other of this.channels) if (other !== ch) queueMicrotask(() => other.onmessage?.({ data: structuredClone(m) } as MessageEvent<unknown>));
      },
      close: () => void this.channels.delete(ch),
    };
    this.channels.add(ch);
    return ch;
  }
}

const save = (events: number, updatedAt: number): SavedAttempt =>
  ({ attempt: { scenarioId: 'standard', seed: 1, events: Array.from({ length: events }, () => ({})) }, mode: 'instructor', startedAt: 0, updatedAt }) as unknown as SavedAttempt;

interface Tab {
  claim: TabClaim;
  status: () => TabClaimStatus;
  saveNow: Mock<() => void>;
  carryOn: Mock<(handed: SavedAttempt | null, ifUntouched?: boolean) => void>;
  running: SavedAttempt | null;
  key: string | null;
  setKey: (k: string | null) => void;
  hide: () => void;
}

function openTab(locks: FakeLocks | undefined, bus: Bus, id: string, key: string | null = 'standard|instructor', running: SavedAttempt | null = null): Tab {
  let status: TabClaimStatus = 'here';
  const listeners = new Set<() => void>();
  let pageHide: () => void = () => {};
  const tab = {
    status: () => status,
    saveNow: vi.fn<() => void>(),
    carryOn: vi.fn<(handed: SavedAttempt | null, ifUntouched?: boolean) => void>(),
    running,
    key,
    setKey: (k: string | null) => {
      tab.key = k;
      listeners.forEach((l) => l());
    },
    hide: () => pageHide(),
  } as Omit<Tab, 'claim'> as Tab;
  tab.claim = startTabClaim({
    locks: locks as unknown as LockManager | undefined,
    openChannel: () => bus.open(),
    tabId: id,
    labKey: () => tab.key,
    subscribeLab: (l) => (listeners.add(l), () => listeners.delete(l)),
    saveNow: tab.saveNow,
    runningSave: () => tab.running,
    carryOn: tab.carryOn,
    onPageHide: (l) => ((pageHide = l), () => (pageHide = () => {})),
    state: { get: () => status, set: (s) => (status = s) },
  });
  return tab;
}

/** Lets queued microtasks and lock grants run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('one lab, one tab', () => {
  let locks: FakeLocks;
  let bus: Bus;
  // As in a tab that read a save: the checks for a handed-over attempt are there, so it is read at once.
  beforeAll(() => historyValidation.load());
  beforeEach(() => {
    vi.useFakeTimers();
    locks = new FakeLocks();
    bus = new Bus();
  });
  afterEach(() => vi.useRealTimers());

  it('the first tab holds the lab; a second tab of the same lab is told it is open elsewhere, and saves nothing', async () => {
    const first = openTab(locks, bus, 'A');
    expect(first.status()).toBe('checking');
    await settle();
    expect(first.status()).toBe('here');
    const second = openTab(locks, bus, 'B');
    await settle();
    expect(second.status()).toBe('elsewhere');
    expect(bus.sent).toContainEqual({ t: 'mine', key: 'standard|instructor', to: 'B' });
    expect(second.carryOn).not.toHaveBeenCalled();
    expect(first.status()).toBe('here');
  });

  it('another scenario or mode in the second tab is not the same lab', async () => {
    openTab(locks, bus, 'A');
    await settle();
    const other = openTab(locks, bus, 'B', 'standard|practice');
    await settle();
    expect(other.status()).toBe('here');
  });

  it('"Use it here": the holder saves, stops and hands its attempt over; the new tab carries on from it', async () => {
    const attempt = startSession(standardScenario, 7).attempt;
    const first = openTab(locks, bus, 'A', undefined, { attempt, mode: 'instructor', startedAt: 1000, updatedAt: 5000 });
    await settle();
    const second = openTab(locks, bus, 'B');
    await settle();
    second.claim.takeOver();
    expect(second.status()).toBe('taking');
    await settle();
    expect(first.saveNow).toHaveBeenCalledOnce();
    expect(first.status()).toBe('moved');
    expect(second.status()).toBe('here');
    expect(second.carryOn).toHaveBeenCalledOnce();
    expect(second.carryOn.mock.calls[0][0]).toEqual({ attempt, mode: 'instructor', startedAt: 1000, updatedAt: 5000 });
  });

  it('when the tab that took the lab closes, it says goodbye and the lab comes back to the first one', async () => {
    const first = openTab(locks, bus, 'A');
    await settle();
    const second = openTab(locks, bus, 'B');
    await settle();
    second.claim.takeOver();
    await settle();
    expect(first.status()).toBe('moved');
    const last: SavedAttempt = { attempt: startSession(standardScenario, 1).attempt, mode: 'instructor', startedAt: 0, updatedAt: 9000 };
    second.running = last;
    second.hide();
    second.claim.stop();
    await settle();
    expect(bus.sent.some((m) => m.t === 'left')).toBe(true);
    expect(first.status()).toBe('here');
    expect(first.carryOn).toHaveBeenCalledOnce();
    expect(first.carryOn.mock.calls[0][0]).toEqual(last);
  });

  it('a holder that never answers: the new tab says so after a while, and "Use it here" takes the lab anyway', async () => {
    const silent = new Bus();
    const first = openTab(locks, silent, 'A');
    await settle();
    const second = openTab(locks, bus, 'B');
    await settle();
    expect(second.status()).toBe('checking');
    vi.advanceTimersByTime(ASK_MS);
    await settle();
    expect(second.status()).toBe('elsewhere');
    second.claim.takeOver();
    vi.advanceTimersByTime(TAKE_MS);
    await settle();
    expect(second.status()).toBe('here');
    expect(first.status()).toBe('moved'); // its lock was taken: it stops saving and queues again
  });

  it('a page too busy to take its own grant before the timer is not told the lab is elsewhere, and starts nothing anew', async () => {
    const only = openTab(locks, bus, 'A');
    vi.advanceTimersByTime(ASK_MS); // the timer runs before the grant's callback
    await settle();
    expect(only.status()).toBe('here');
    expect(only.carryOn).not.toHaveBeenCalled();
  });

  it('a reload is the same tab: the lock passes from the old page to the new one without a word', async () => {
    const old = openTab(locks, bus, 'A');
    await settle();
    const fresh = openTab(locks, bus, 'A2');
    old.claim.stop(); // the old page goes as the new one starts
    await settle();
    expect(fresh.status()).toBe('here');
    vi.advanceTimersByTime(ASK_MS);
    expect(fresh.status()).toBe('here');
  });

  it('a scenario that is not saved (imported) needs no claim; without Web Locks every tab saves', async () => {
    const imported = openTab(locks, bus, 'A', null);
    expect(imported.status()).toBe('here');
    const noLocks = openTab(undefined, bus, 'B');
    expect(noLocks.status()).toBe('here');
  });

  it('starting another scenario lets the old lab go to a waiting tab', async () => {
    const first = openTab(locks, bus, 'A');
    await settle();
    const second = openTab(locks, bus, 'B');
    await settle();
    expect(second.status()).toBe('elsewhere');
    first.setKey('f1-directory-offline|instructor');
    await settle();
    expect(first.status()).toBe('here');
    expect(second.status()).toBe('here');
    expect(second.carryOn).toHaveBeenCalledOnce();
  });
});

describe('tab messages and saves', () => {
  it('reads only messages of the protocol', () => {
    expect(isTabMessage({ t: 'who', key: 'k', from: 'a' })).toBe(true);
    expect(isTabMessage({ t: 'released', key: 'k', to: 'a', saved: null })).toBe(true);
    expect(isTabMessage({ t: 'released', key: 'k', to: 'a' })).toBe(false);
    expect(isTabMessage({ t: 'mine', key: 1, to: 'a' })).toBe(false);
    expect(isTabMessage({ t: 'hello', key: 'k' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
  });

  it('the newer save is the one with the later last action, then the longer log', () => {
    const a = save(3, 1000);
    const b = save(4, 2000);
    expect(newerSave(a, b)).toBe(b);
    expect(newerSave(b, a)).toBe(b);
    expect(newerSave(a, save(5, 1000))?.attempt.events).toHaveLength(5);
    expect(newerSave(a, undefined)).toBe(a);
    expect(newerSave(null, b)).toBe(b);
    expect(newerSave(null, undefined)).toBeNull();
  });
});
