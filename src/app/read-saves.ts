import { readImportedScenariosBack } from '../modes/imported-scenarios.ts';
import { readHistoryBack } from '../store/history-store.ts';

/**
 * Reads what this browser kept (the history, imported scenarios) before the lab starts, so it
 * starts in the right world. Nothing kept (a first visit): done at once, returns null, and the
 * checks (zod) are never fetched. Otherwise they load first and the promise settles once all is
 * read; if they cannot load, the saves are reported and left as they are, and the lab starts clean.
 */
export function readSaves(): Promise<void> | null {
  const reading = [readHistoryBack(), readImportedScenariosBack()].filter((r) => r !== null);
  return reading.length ? Promise.all(reading).then(() => {}) : null;
}
