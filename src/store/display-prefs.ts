import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, type Validation } from './safe-storage.ts';

/**
 * How this browser shows the lab: the console's display size (a whole-pixel zoom for a classroom
 * projector) and whether the dock stays pinned open on a narrow screen. Saved in localStorage
 * under `crl.display` through the safe storage, so a bad value is reported and never loses data.
 */
export const DISPLAY_SIZES = [1, 1.5, 2] as const;
export type DisplaySize = (typeof DISPLAY_SIZES)[number];
export interface DisplayPrefs {
  displaySize: DisplaySize;
  /** On a narrow screen (≤ 1024 px) the dock starts as a slim strip unless pinned. */
  dockPinned: boolean;
}
export const DEFAULT_DISPLAY: DisplayPrefs = { displaySize: 1, dockPinned: false };
export const DISPLAY_KEY = 'crl.display';
const VERSION = 1;

const isSize = (v: unknown): v is DisplaySize => (DISPLAY_SIZES as readonly unknown[]).includes(v);

/** Reads a stored value without trusting it: what is usable is kept, the rest named. Never throws. */
export function validateDisplay(state: unknown): Validation<DisplayPrefs> {
  if (typeof state !== 'object' || state === null) return { ok: false, reason: 'it is not a settings object' };
  const s = state as Record<string, unknown>;
  const dropped: string[] = [];
  let displaySize = DEFAULT_DISPLAY.displaySize;
  if (isSize(s.displaySize)) displaySize = s.displaySize;
  else if (s.displaySize !== undefined) dropped.push(`display size ${JSON.stringify(s.displaySize)} is not 100 %, 150 % or 200 %`);
  let dockPinned = DEFAULT_DISPLAY.dockPinned;
  if (typeof s.dockPinned === 'boolean') dockPinned = s.dockPinned;
  else if (s.dockPinned !== undefined) dropped.push('the dock pin is not yes or no');
  return { ok: true, state: { displaySize, dockPinned }, dropped };
}

interface DisplayState extends DisplayPrefs {
  setDisplaySize: (size: DisplaySize) => void;
  setDockPinned: (pinned: boolean) => void;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Builds the store on a storage (tests pass an in-memory one). */
export function createDisplayPrefs(storage: () => Storage | undefined) {
  return create<DisplayState>()(persist((set) => ({
    ...DEFAULT_DISPLAY,
    setDisplaySize: (displaySize) => set({ displaySize }),
    setDockPinned: (dockPinned) => set({ dockPinned }),
  }), {
    name: DISPLAY_KEY,
    version: VERSION,
    storage: createSafeStorage<DisplayPrefs>({ storage, version: VERSION, label: 'Your display settings', validate: validateDisplay }),
    partialize: (s): DisplayPrefs => ({ displaySize: s.displaySize, dockPinned: s.dockPinned }),
  }));
}

export const useDisplayPrefs = createDisplayPrefs(browserStorage);
