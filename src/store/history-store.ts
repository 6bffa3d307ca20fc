import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { loadOnce, type LoadOnce } from '../lib/load-once.ts';
import {
  DEFAULT_SETTINGS, HISTORY_VERSION, MAX_FINISHED, EXPORT_FORMAT, inProgressKey,
  type FinishedAttempt, type HistorySettings, type HistoryV1, type PersistedHistory, type SavedAttempt,
} from './history-format.ts';
import { checksOf, readBack } from './read-back.ts';
import { createSafeStorage, type Validation } from './safe-storage.ts';

export type { FinishedAttempt, HistorySettings, HistoryV1, PersistedHistory, SavedAttempt } from './history-format.ts';
export { DEFAULT_SETTINGS, HISTORY_VERSION, MAX_FINISHED, inProgressKey, newerSave } from './history-format.ts';
export const HISTORY_KEY = 'crl.history';

export type HistoryValidation = typeof import('./history-validation.ts');
/** The checks for what is read back (they bring zod): loaded only when there is a save to read, a file or another tab's attempt. */
export const historyValidation: LoadOnce<HistoryValidation> = loadOnce(() => import('./history-validation.ts'));

export type ImportResult = { ok: true; added: number } | { ok: false; error: string };

export interface HistoryState extends PersistedHistory {
  saveInProgress: (key: string, saved: SavedAttempt) => void;
  clearInProgress: (key: string) => void;
  /** Adds a finished attempt (replacing one with the same id) and clears its in-progress save. */
  recordFinished: (f: FinishedAttempt) => void;
  setSettings: (patch: Partial<HistorySettings>) => void;
  /** Validates a file from `exportHistory` (or a version 1 save) and merges it; all or nothing. */
  importHistory: (text: string) => Promise<ImportResult>;
  /** Pretty JSON of the whole history, for a download. */
  exportHistory: () => string;
}

export interface HistoryStoreOptions {
  now?: () => number;
  /** The checks for what is read back. Already loaded, the store reads its save at once; otherwise on `rehydrate` (see `readBack`). */
  validation?: LoadOnce<HistoryValidation>;
}

/** Builds the history store on a storage (tests pass an in-memory one). */
export function createHistoryStore(storage: () => Storage | undefined, { now = Date.now, validation = historyValidation }: HistoryStoreOptions = {}) {
  return create<HistoryState>()(persist((set, get) => ({
    inProgress: {},
    finished: [],
    settings: { ...DEFAULT_SETTINGS },
    saveInProgress: (key, saved) => set((s) => ({ inProgress: { ...s.inProgress, [key]: saved } })),
    // Nothing to clear writes nothing: persist stores on every set, and a first visit's start would pay a storage write.
    clearInProgress: (key) => {
      if (!(key in get().inProgress)) return;
      set((s) => {
        const { [key]: _gone, ...rest } = s.inProgress;
        return { inProgress: rest };
      });
    },
    recordFinished: (f) => set((s) => {
      const { [inProgressKey(f.attempt.scenarioId, f.mode)]: _done, ...inProgress } = s.inProgress;
      const finished = [...s.finished.filter((x) => x.id !== f.id), f].slice(-MAX_FINISHED);
      return { finished, inProgress };
    }),
    setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
    importHistory: async (text) => {
      const checks = await validation.load().catch(() => null);
      if (!checks) return { ok: false, error: 'The part of the lab that reads history files did not load (the network may be off, or the lab was updated). Reload the page and try again.' };
      const parsed = checks.parseHistoryFile(text);
      if (!parsed.ok) return parsed;
      const s = get();
      const known = new Set(s.finished.map((f) => f.id));
      const fresh = parsed.history.finished.filter((f) => !known.has(f.id) && (known.add(f.id), true));
      const inProgress = { ...parsed.history.inProgress, ...s.inProgress };
      const finished = [...s.finished, ...fresh].sort((a, b) => a.finishedAt - b.finishedAt).slice(-MAX_FINISHED);
      set({ finished, inProgress });
      return { ok: true, added: fresh.length };
    },
    exportHistory: () => {
      const { inProgress, finished, settings } = get();
      return JSON.stringify({ format: EXPORT_FORMAT, version: HISTORY_VERSION, exportedAt: new Date(now()).toISOString(), inProgress, finished, settings }, null, 2);
    },
  }), {
    name: HISTORY_KEY,
    version: HISTORY_VERSION,
    storage: createSafeStorage<PersistedHistory>({
      storage, version: HISTORY_VERSION, label: 'Your saved history', now,
      // Older formats pass through here checked, then `migrate` converts them.
      validate: (state, version) => checksOf(validation).validateStored(state, version) as Validation<PersistedHistory>,
    }),
    partialize: (s): PersistedHistory => ({ inProgress: s.inProgress, finished: s.finished, settings: s.settings }),
    migrate: (state, version) => (version === 1 ? checksOf(validation).migrateV1(state as HistoryV1) : (state as PersistedHistory)),
    skipHydration: validation.loaded() === null,
  }));
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The lab's history of attempts and its settings, saved in localStorage under 'crl.history'; empty until `readHistoryBack`. */
export const useHistory = createHistoryStore(browserStorage);
export type HistoryStore = typeof useHistory;

/** Reads the saved history into `useHistory`: at once (null) when there is nothing to check, else once its checks have loaded. */
export const readHistoryBack = () => readBack(useHistory, HISTORY_KEY, browserStorage, historyValidation);

/**
 * Keeps this page's copy of the history in step with what the other tabs and windows of this
 * browser save (each writes the whole history): when another page writes it, it is read again
 * here, so a later save from this page cannot put an older copy back. `afterwards` runs once it
 * has been read. Returns a stop function.
 */
export function followSavesFromOtherTabs(afterwards: () => void = () => {}): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== HISTORY_KEY && e.key !== null) return;
    void Promise.resolve(readHistoryBack()).then(afterwards);
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}
