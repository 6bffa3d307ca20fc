import type { LoadOnce } from '../lib/load-once.ts';
import { SaveNotChecked } from './safe-storage.ts';

interface PersistedStore {
  persist: { rehydrate: () => Promise<void> | void };
}

function holdsSave(storage: () => Storage | undefined, key: string): boolean {
  try {
    return storage()?.getItem(key) != null;
  } catch {
    return false;
  }
}

/** The checks for a save, loaded; throws `SaveNotChecked` (the safe storage leaves the save untouched) when their code did not load. */
export function checksOf<M>(checks: LoadOnce<M>): M {
  const loaded = checks.loaded();
  if (!loaded) throw new SaveNotChecked('part of the lab did not load: the network may be off, or the lab was updated');
  return loaded;
}

/**
 * Reads a persisted store's save back. With nothing saved (a first visit), or its checks already
 * loaded, it is read at once and null is returned: the checks (zod) are not fetched for nothing.
 * Otherwise they are loaded first, and the promise settles once the save is read; if they cannot
 * load, the safe storage reports it and leaves the save as it is.
 */
export function readBack<M>(store: PersistedStore, key: string, storage: () => Storage | undefined, checks: LoadOnce<M>): Promise<void> | null {
  if (checks.loaded() || !holdsSave(storage, key)) {
    void store.persist.rehydrate();
    return null;
  }
  return checks.load().then(() => {}, () => {}).then(() => store.persist.rehydrate());
}
