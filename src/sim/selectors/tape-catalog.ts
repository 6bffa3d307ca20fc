import { catalogRunning } from '../engine/backup.ts';
import { stepDuration } from '../engine/durations.ts';
import type { BackupSet, World } from '../world/types.ts';

/**
 * `partial`: only the set headers are known (the tape was never cataloged on this server);
 * `loading`: Operations > Catalog is reading it; `full`: Directory and Information Store can be ticked.
 */
export type CatalogState = 'partial' | 'loading' | 'full';

export interface TapeCatalogView {
  name: string;
  state: CatalogState;
  /** The Tapes window's status line; empty once the catalog is loaded. */
  status: string;
  /** The status bar's tape field. */
  barText: string;
  /** 0–100 while loading, else null. */
  percent: number | null;
  sets: readonly BackupSet[];
}

// [R] texts: NT Backup 4.0 marks a set it has only seen the header of as partially cataloged.
const STATUS: Record<CatalogState, string> = {
  partial: 'Partially cataloged. Double-click the tape, or choose Catalog on the Operations menu, to load its catalog.',
  loading: 'Catalog in progress...',
  full: '',
};
const BAR: Record<CatalogState, (name: string) => string> = {
  partial: (name) => `${name} (partially cataloged)`,
  loading: (name) => `${name} (catalog in progress)`,
  full: (name) => name,
};

/** The Tapes window's view of the tape in the drive and how far its catalog is loaded. Pure. */
export function tapeCatalog(w: World): TapeCatalogView {
  const state: CatalogState = w.tape.cataloged ? 'full' : catalogRunning(w) ? 'loading' : 'partial';
  let percent: number | null = null;
  if (state === 'loading') {
    const op = w.ops.find((o) => o.steps[0]?.kind === 'catalog')!;
    const total = stepDuration(w, op.steps[0]);
    percent = Math.floor(((total - op.remaining) / total) * 100);
  }
  return { name: w.tape.name, state, status: STATUS[state], barText: BAR[state](w.tape.name), percent, sets: w.tape.sets };
}
