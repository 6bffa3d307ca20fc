import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportStorageProblem } from './storage-problems.ts';

/** What a validator says about a stored state: usable (possibly with some parts left out), or not. */
export type Validation<S> = { ok: true; state: S; dropped: string[] } | { ok: false; reason: string };

/**
 * Thrown by a validator that is not there to check a save (its code could not be loaded). The save
 * is not judged: it stays as it is, unread, and is not written over in this session.
 */
export class SaveNotChecked extends Error {}

export interface SafeStorageOptions<S> {
  /** The browser storage; may be missing or throw (private mode, disabled storage). */
  storage: () => Storage | undefined;
  /** The version this build writes; newer saves are kept aside, older ones go to persist's `migrate`. */
  version: number;
  /** Checks a stored state of `version` (≤ current) without trusting it. Must not throw, but for `SaveNotChecked`. */
  validate: (state: unknown, version: number) => Validation<S>;
  /** How the UI names the data, e.g. "Your saved history". */
  label: string;
  now?: () => number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Quota errors differ by browser (Chrome/Safari code 22, Firefox 1014 / NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(e: unknown): boolean {
  if (!isRecord(e) && !(e instanceof Error)) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function getStorage(get: () => Storage | undefined): Storage | undefined {
  try {
    return get() ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A zustand `PersistStorage` that never trusts what it reads and never loses it silently:
 * - unreadable data (bad JSON, wrong shape, newer version) is COPIED to `<key>.corrupt.<Date.now()>`
 *   before the store starts clean, and a plain-language problem is recorded;
 * - partly readable data loads what it can; a copy of the original is kept the same way;
 * - if no copy can be made, the key is not written again in this session (nothing is overwritten);
 * - data that cannot be checked at all (the validator did not load) is left in place the same way;
 * - a full storage (QuotaExceededError) on write is reported instead of thrown.
 */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S> {
  const now = options.now ?? Date.now;
  const readOnly = new Set<string>();

  function keepAside(name: string, raw: string, why: string, partial: boolean): void {
    const storage = getStorage(options.storage);
    const backupKey = `${name}.corrupt.${now()}`;
    const lead = partial
      ? `Part of ${options.label.toLowerCase()} could not be read (${why}), so it was left out.`
      : `${options.label} could not be read (${why}), so the lab started clean.`;
    try {
      if (!storage) throw new Error('no storage');
      storage.setItem(backupKey, raw);
      reportStorageProblem({ message: `${lead} A copy was kept as ${backupKey}.`, backupKey });
    } catch {
      readOnly.add(name);
      reportStorageProblem({ message: `${lead} There was no room to keep a copy, so the lab will not save over it until you make room (export, then clear old attempts).`, backupKey: null });
    }
  }

  return {
    getItem(name): StorageValue<S> | null {
      const storage = getStorage(options.storage);
      if (!storage) {
        reportStorageProblem({ message: 'This browser does not let the lab save anything, so your history will not be kept after you close the page.', backupKey: null });
        return null;
      }
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        keepAside(name, raw, 'it is not valid JSON', false);
        return null;
      }
      if (!isRecord(parsed) || typeof parsed.version !== 'number' || !('state' in parsed)) {
        keepAside(name, raw, 'it has no version or no state', false);
        return null;
      }
      const version = parsed.version;
      if (version > options.version) {
        keepAside(name, raw, `it was saved by a newer version of the lab (format ${version}; this lab reads up to ${options.version})`, false);
        return null;
      }
      let checked: Validation<S>;
      try {
        checked = options.validate(parsed.state, version);
      } catch (e) {
        if (e instanceof SaveNotChecked) {
          readOnly.add(name);
          reportStorageProblem({ message: `${options.label} could not be checked (${e.message}), so the lab started clean. It is still there, and the lab will not save over it; reload the page to try again.`, backupKey: null });
          return null;
        }
        checked = { ok: false, reason: (e as Error).message };
      }
      if (!checked.ok) {
        keepAside(name, raw, checked.reason, false);
        return null;
      }
      if (checked.dropped.length) keepAside(name, raw, checked.dropped.length === 1 ? checked.dropped[0] : `${checked.dropped.length} problems, first: ${checked.dropped[0]}`, true);
      return { state: checked.state, version };
    },
    setItem(name, value): void {
      if (readOnly.has(name)) return;
      const storage = getStorage(options.storage);
      if (!storage) return;
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch (e) {
        reportStorageProblem(isQuotaError(e)
          ? { message: 'The browser\'s storage is full, so your latest progress was not saved. Export your history, then clear old attempts to make room.', backupKey: null }
          : { message: `Your progress could not be saved (${(e as Error).message ?? 'unknown error'}).`, backupKey: null });
      }
    },
    removeItem(name): void {
      if (readOnly.has(name)) return;
      try {
        getStorage(options.storage)?.removeItem(name);
      } catch {
        // Nothing to lose by failing to remove.
      }
    },
  };
}
