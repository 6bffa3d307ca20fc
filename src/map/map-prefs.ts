import { create } from 'zustand';

/**
 * The map dock's own preferences: its width and the view (graph or list), kept in localStorage
 * under `crl.map`. Whether the map is shown lives in the history store's settings (`mapVisible`).
 * A missing or unreadable value falls back to the default; nothing here can stop the lab loading.
 */
export type MapView = 'graph' | 'list';
export interface MapPrefs { width: number; view: MapView }

export const MAP_PREFS_KEY = 'crl.map';
export const MIN_WIDTH = 260;
export const DEFAULT_WIDTH = 380;
/** The console keeps at least this much room. */
export const CONSOLE_MIN = 560;

export const maxWidth = (viewport: number) => Math.max(MIN_WIDTH, Math.min(900, viewport - CONSOLE_MIN));
export const clampWidth = (w: number, viewport: number) => Math.round(Math.min(maxWidth(viewport), Math.max(MIN_WIDTH, w)));

/** Reads saved prefs; anything unexpected is replaced by the default. Pure apart from `read`. */
export function parsePrefs(raw: string | null): MapPrefs {
  const fallback: MapPrefs = { width: DEFAULT_WIDTH, view: 'graph' };
  if (!raw) return fallback;
  try {
    const v = JSON.parse(raw) as Partial<MapPrefs> | null;
    return {
      width: typeof v?.width === 'number' && Number.isFinite(v.width) ? v.width : fallback.width,
      view: v?.view === 'list' || v?.view === 'graph' ? v.view : fallback.view,
    };
  } catch {
    return fallback;
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

interface MapPrefsState extends MapPrefs {
  setWidth: (width: number) => void;
  setView: (view: MapView) => void;
}

export const useMapPrefs = create<MapPrefsState>((set, get) => {
  const save = () => {
    try {
      storage()?.setItem(MAP_PREFS_KEY, JSON.stringify({ width: get().width, view: get().view }));
    } catch {
      /* full or blocked storage: the preference lasts for this visit only */
    }
  };
  return {
    ...parsePrefs(storage()?.getItem(MAP_PREFS_KEY) ?? null),
    setWidth: (width) => { set({ width }); save(); },
    setView: (view) => { set({ view }); save(); },
  };
});
