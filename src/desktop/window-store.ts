import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { snapRect } from '../lib/pixel-snap.ts';
import { cascadeAt, clampRect, type Size } from './placement.ts';

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
  /** The desktop region's size, once measured (null until then: nothing is clamped). */
  area: Size | null;
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
  /** The desktop region changed size (viewport, dock, display size): windows stay inside it. */
  setArea: (area: Size) => void;
};

export type WindowStore = WindowState & WindowActions;

/** Before the region is measured (first render, jsdom), cascade as if it were a roomy screen. */
const UNMEASURED: Size = { width: 1280, height: 800 };

export const initialWindowState: WindowState = { windows: {}, focusedId: null, nextZ: 1, cascade: 0, area: null };

/**
 * Where a window is drawn: its own geometry, moved (and shrunk if it must be) into the desktop
 * region, then onto whole device pixels at the console's `scale` (display size × device-pixel
 * ratio: at 150 % positions and sizes are even, so no edge falls between two screen pixels). The
 * store keeps what the user chose, so a window that was pushed in by a narrower region goes back
 * when the region grows again.
 */
export function placed(g: WindowGeometry, area: Size | null, scale = 1): WindowGeometry {
  return snapRect(area ? { ...g, ...clampRect(g, area) } : g, scale);
}

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
      const where = at ?? cascadeAt(s.cascade, size, s.area ?? UNMEASURED);
      const geometry = { ...where, ...size, z: s.nextZ, minimized: false, maximized: false };
      const cascade = at ? s.cascade : s.cascade + 1;
      return { windows: { ...s.windows, [id]: geometry }, focusedId: id, nextZ: s.nextZ + 1, cascade };
    }),
  focus: (id) =>
    set((s) => {
      if (id === null || !s.windows[id]) return { focusedId: null };
      if (s.focusedId === id && !s.windows[id].minimized) return {};
      return { ...patch(s, id, { minimized: false, z: s.nextZ }), focusedId: id, nextZ: s.nextZ + 1 };
    }),
  // A window is dragged only as far as the region's edges: never under the dock or off-screen.
  move: (id, x, y) => set((s) => {
    const w = s.windows[id];
    if (!w) return {};
    const to = s.area ? clampRect({ ...w, x, y }, s.area) : { x, y };
    return patch(s, id, { x: to.x, y: to.y });
  }),
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
  setArea: (area) => set((s) => (s.area && s.area.width === area.width && s.area.height === area.height ? {} : { area })),
}));

/** React binding; pass a module-level selector that returns a stable value. */
export function useWindowStore<T>(selector: (s: WindowStore) => T): T {
  return useStore(windowStore, selector);
}
