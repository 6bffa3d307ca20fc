import { historyValidation, newerSave, type HistoryValidation, type SavedAttempt } from '../store/history-store.ts';
import { isAwayStatus, setTabClaim as setAppTabClaim, useTabClaim, type TabClaimStatus } from '../store/tab-claim.ts';

/**
 * One lab attempt, one tab. The same scenario and mode opened in a second tab of this browser
 * (by mistake, or a duplicated tab) would save over the first one's attempt. Each console tab asks
 * for a Web Lock named after the attempt's save key: the tab that holds it saves; any other tab
 * says so and saves nothing, and can take the lab over. Tabs talk over a BroadcastChannel to
 * hand the lab over cleanly:
 *
 * - a new tab queues for the lock and asks "who has this lab?"; the holder answers, and the new
 *   tab shows that the lab is open elsewhere (also if no answer comes within ASK_MS while the lock
 *   is held). If the lock comes, the tab holds the lab (a reload gets it as the old page goes);
 * - "Use it here" asks the holder to hand over: it saves at once, stops saving, says so and
 *   answers with its attempt; then this tab steals the lock (after TAKE_MS without an answer, too)
 *   and carries on from the newer of that attempt and the save. The old tab queues again, so the
 *   lab comes back to it by itself when the other tab closes (a closing holder says goodbye with
 *   its attempt, for the same reason).
 *
 * Attempts travel in the messages because another tab's writes to localStorage reach this tab
 * later than its messages may (each tab's storage is a copy, kept in step asynchronously).
 *
 * The "Map and controls" window does not run this: it is not a console, it follows one.
 * Without Web Locks (an insecure http:// address) nothing is detected and every tab saves.
 */
export const TAB_CHANNEL = 'crl-lab-tabs';
export const LOCK_PREFIX = 'crl-lab:';
/** How long a new tab waits for the holder's answer before it says the lab is held elsewhere. */
export const ASK_MS = 1000;
/** How long "Use it here" waits for the holder to hand over before taking the lab anyway. */
export const TAKE_MS = 1500;

export type TabMessage =
  | { t: 'who'; key: string; from: string }
  | { t: 'mine'; key: string; to: string }
  | { t: 'take'; key: string; from: string }
  /** The holder handed over: `saved` is its attempt as it stopped (null if it has none to save). */
  | { t: 'released'; key: string; to: string; saved: unknown }
  /** The holder is closing. */
  | { t: 'left'; key: string; saved: unknown };

/** True for a message of this protocol (its `saved`, if any, is read with `withHandedOver`). Never trusts the shape. */
export function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.key !== 'string') return false;
  switch (m.t) {
    case 'who':
    case 'take': return typeof m.from === 'string';
    case 'mine': return typeof m.to === 'string';
    case 'released': return typeof m.to === 'string' && 'saved' in m;
    case 'left': return 'saved' in m;
    default: return false;
  }
}

/**
 * Reads an attempt handed over by another tab, checked like a save (null when there is none, it
 * does not read, or the checks cannot load), and passes it on: at once when the checks are loaded,
 * so the hand-over keeps its order with the lock's grant; otherwise once they have loaded.
 */
export function withHandedOver(saved: unknown, use: (saved: SavedAttempt | null) => void): void {
  const read = (checks: HistoryValidation | null) => {
    const r = saved === null || saved === undefined ? null : checks?.readSaved(saved);
    use(r?.ok ? r.saved : null);
  };
  const loaded = historyValidation.loaded();
  if (loaded || saved === null || saved === undefined) return read(loaded);
  void historyValidation.load().then(read, () => read(null));
}

interface Channel {
  postMessage: (m: TabMessage) => void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  close: () => void;
}

export interface TabClaimDeps {
  locks: (Pick<LockManager, 'request'> & Partial<Pick<LockManager, 'query'>>) | undefined;
  openChannel: () => Channel | undefined;
  /** This page's own id (new on every load: a duplicated tab must not share it). */
  tabId: string;
  /** The key the running attempt is saved under; null when it is not saved (an imported scenario). */
  labKey: () => string | null;
  subscribeLab: (listener: () => void) => () => void;
  /** Saves the running attempt at once (before handing it over). */
  saveNow: () => void;
  /** The running attempt as saved, to hand over (null when there is nothing to save). */
  runningSave: () => SavedAttempt | null;
  /**
   * After taking the lab over: carries on from the newer of `handed` (the other tab's last
   * attempt, if it said) and the save. With `ifUntouched`, only if this tab has not acted since it
   * last carried on and `handed` is newer than what it runs (a goodbye that came after the lock).
   */
  carryOn: (handed: SavedAttempt | null, ifUntouched?: boolean) => void;
  /** Where a closing page says goodbye (the browser's `pagehide`). */
  onPageHide?: (listener: () => void) => () => void;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
  /** Where the status lives (tests run two tabs in one process); the app's store by default. */
  state?: { get: () => TabClaimStatus; set: (s: TabClaimStatus) => void };
}

export interface TabClaim {
  /** "Use it here": asks the tab that holds the lab to hand it over, then takes it. */
  takeOver: () => void;
  stop: () => void;
}

interface Hold {
  dropped: boolean;
  abort: AbortController;
  /** Set once the lock is granted: releases it. */
  release: (() => void) | null;
}

/** Settles which tab holds the lab, now and whenever another scenario or mode starts here. */
export function startTabClaim(deps: TabClaimDeps): TabClaim {
  const { locks, tabId } = deps;
  const status = deps.state?.get ?? (() => useTabClaim.getState().status);
  const setTabClaim = deps.state?.set ?? setAppTabClaim;
  if (!locks) {
    setTabClaim('here');
    return { takeOver: () => {}, stop: () => {} };
  }
  const setTimer = deps.setTimer ?? ((f, ms) => setTimeout(f, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const channel = deps.openChannel();
  const post = (m: TabMessage) => channel?.postMessage(m);
  let key: string | null = null;
  let hold: Hold | null = null;
  let timer: unknown = null;
  /** The last attempt another tab handed over or left behind, for the lab's key. */
  let handed: SavedAttempt | null = null;
  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  function request(k: string, preempt: boolean): Hold {
    const h: Hold = { dropped: false, abort: new AbortController(), release: null };
    const options: LockOptions = preempt ? { steal: true } : { signal: h.abort.signal };
    locks!.request(LOCK_PREFIX + k, options, () => new Promise<void>((resolve) => {
      if (h.dropped) return resolve();
      h.release = resolve;
      granted(h);
    })).catch((err: unknown) => {
      if (h.dropped || h !== hold) return;
      if (h.release) return lost(k);
      // The browser refused the request itself: never keep the user from saving over it.
      console.warn('The lab could not check for another tab:', err);
      hold = null;
      setTabClaim('here');
    });
    return h;
  }

  function drop(): void {
    if (!hold) return;
    hold.dropped = true;
    hold.abort.abort();
    hold.release?.();
    hold = null;
  }

  function granted(h: Hold): void {
    if (h !== hold) return h.release?.();
    stopTimer();
    const was = status();
    setTabClaim('here');
    // Another tab had the lab: what it saved is newer than what this tab shows.
    if (was !== 'checking') deps.carryOn(handed);
    handed = null;
  }

  /** Another tab took the lock: stop saving, and queue again to get the lab back when it closes. */
  function lost(k: string): void {
    setTabClaim('moved');
    hold = request(k, false);
  }

  function claim(k: string | null): void {
    drop();
    stopTimer();
    key = k;
    handed = null;
    if (k === null) return setTabClaim('here');
    setTabClaim('checking');
    hold = request(k, false);
    post({ t: 'who', key: k, from: tabId });
    askLater(k);
  }

  /**
   * No answer within ASK_MS: the lab is elsewhere only if the lock is really held. A page kept busy
   * (a slow machine loading the console) can run this timer before its own grant; the browser
   * answers `query` after that grant, so the grant has run by then and this tab is not misled.
   */
  function askLater(k: string): void {
    timer = setTimer(() => {
      timer = null;
      void lockHeld(k).then((held) => {
        if (key !== k || status() !== 'checking') return;
        if (held) setTabClaim('elsewhere');
        else askLater(k);
      });
    }, ASK_MS);
  }

  async function lockHeld(k: string): Promise<boolean> {
    if (!locks!.query) return true;
    try {
      const snapshot = await locks!.query();
      return (snapshot.held ?? []).some((l) => l.name === LOCK_PREFIX + k);
    } catch {
      return true;
    }
  }

  function steal(): void {
    stopTimer();
    if (key === null || status() !== 'taking') return;
    drop();
    hold = request(key, true);
  }

  if (channel) {
    channel.onmessage = (e) => {
      const m = e.data;
      if (!isTabMessage(m) || m.key !== key) return;
      const k = key;
      if (m.t === 'who' && status() === 'here') post({ t: 'mine', key: k, to: m.from });
      else if (m.t === 'mine' && m.to === tabId && status() === 'checking') {
        stopTimer();
        setTabClaim('elsewhere');
      } else if (m.t === 'take' && status() === 'here') {
        deps.saveNow();
        setTabClaim('moved');
        post({ t: 'released', key: k, to: m.from, saved: deps.runningSave() });
      } else if (m.t === 'released' && m.to === tabId && status() === 'taking') {
        withHandedOver(m.saved, (saved) => {
          if (key !== k || status() !== 'taking') return;
          handed = saved;
          steal();
        });
      } else if (m.t === 'left') {
        withHandedOver(m.saved, (saved) => {
          if (key !== k) return;
          if (status() === 'here') deps.carryOn(saved, true);
          else handed = newerSave(handed, saved);
        });
      }
    };
  }
  const stopPageHide = deps.onPageHide?.(() => {
    if (key !== null && status() === 'here') post({ t: 'left', key, saved: deps.runningSave() });
  });

  const unsubscribe = deps.subscribeLab(() => {
    const k = deps.labKey();
    if (k !== key) claim(k);
  });
  claim(deps.labKey());

  return {
    takeOver: () => {
      if (key === null || !isAwayStatus(status()) || status() === 'taking') return;
      setTabClaim('taking');
      post({ t: 'take', key, from: tabId });
      stopTimer();
      timer = setTimer(() => {
        timer = null;
        steal();
      }, TAKE_MS);
    },
    stop: () => {
      unsubscribe();
      stopPageHide?.();
      stopTimer();
      drop();
      channel?.close();
    },
  };
}
