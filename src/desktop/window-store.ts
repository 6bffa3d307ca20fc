import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type WindowGeometry = {
  x: number;
  y: number;
  width: number;
  height: number;
  z: number;
  minimized: boolean;
  maximized: boolean;
};

type WindowState = {
  windows: Record<string, WindowGeometry>;
  focusedId: string | null;
  nextZ: number;
  cascade: number;
};

type WindowActions = {
  /** Opens (cascading from the top-left) or, if already open, restores and focuses. */
  open: (id: string, size: { width: number; height: number }, at?: { x: number; y: number }) => void;
  /** Raises and restores; null means the desktop has focus. */
  focus: (id: string | null) => void;
  move: (id: string, x: number, y: number) => void;
  minimize: (id: string) => void;
  toggleMaximize: (id: string) => void;
  close: (id: string) => void;
};

export type WindowStore = WindowState & WindowActions;

const CASCADE_STEP = 24;
const CASCADE_COUNT = 8;

export const initialWindowState: WindowState = { windows: {}, focusedId: null, nextZ: 1, cascade: 0 };

/** The visible window on top, excluding `except`: it takes focus when the focused one goes away. */
function topmost(windows: Record<string, WindowGeometry>, except: string): string | null {
  let best: [string, number] | null = null;
  for (const [id, w] of Object.entries(windows)) if (id !== except && !w.minimized && (!best || w.z > best[1])) best = [id, w.z];
  return best?.[0] ?? null;
}

const patch = (s: WindowState, id: string, p: Partial<WindowGeometry>) =>
  s.windows[id] ? { windows: { ...s.windows, [id]: { ...s.windows[id], ...p } } } : {};

/** UI-only window geometry and z-order, keyed by window id. Not persisted. */
export const windowStore = createStore<WindowStore>()((set) => ({
  ...initialWindowState,
  open: (id, size, at) =>
    set((s) => {
      if (s.windows[id]) return { ...patch(s, id, { minimized: false, z: s.nextZ }), focusedId: id, nextZ: s.nextZ + 1 };
      const offset = (s.cascade % CASCADE_COUNT) * CASCADE_STEP;
      // Start right of the desktop icon column so the shortcuts stay reachable.
      const geometry = { x: 96 + offset, y: 16 + offset, ...at, ...size, z: s.nextZ, minimized: false, maximized: false };
      const cascade = at ? s.cascade : s.cascade + 1;
      return { windows: { ...s.windows, [id]: geometry }, focusedId: id, nextZ: s.nextZ + 1, cascade };
    }),
  focus: (id) =>
    set((s) => {
      if (id === null || !s.windows[id]) return { focusedId: null };
      if (s.focusedId === id && !s.windows[id].minimized) return {};
      return { ...patch(s, id, { minimized: false, z: s.nextZ }), focusedId: id, nextZ: s.nextZ + 1 };
    }),
  move: (id, x, y) => set((s) => patch(s, id, { x, y })),
  minimize: (id) =>
    set((s) => ({
      ...patch(s, id, { minimized: true }),
      focusedId: s.focusedId === id ? topmost(s.windows, id) : s.focusedId,
    })),
  toggleMaximize: (id) => set((s) => patch(s, id, { maximized: !s.windows[id]?.maximized })),
  close: (id) =>
    set((s) => {
      if (!s.windows[id]) return {};
      const { [id]: _closed, ...rest } = s.windows;
      return { windows: rest, focusedId: s.focusedId === id ? topmost(rest, id) : s.focusedId };
    }),
}));

/** React binding; pass a module-level selector that returns a stable value. */
export function useWindowStore<T>(selector: (s: WindowStore) => T): T {
  return useStore(windowStore, selector);
}
