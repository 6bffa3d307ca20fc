import { useDisplayPrefs, type DisplaySize } from '../store/display-prefs.ts';

const apply = (size: DisplaySize) => document.documentElement.style.setProperty('--console-zoom', String(size));

/** Zooms the console to the saved display size now and whenever it changes. */
export function startDisplaySize(): () => void {
  apply(useDisplayPrefs.getState().displaySize);
  return useDisplayPrefs.subscribe((s, prev) => s.displaySize !== prev.displaySize && apply(s.displaySize));
}
