import { useSyncExternalStore } from 'react';
import { useDisplayPrefs } from '../store/display-prefs.ts';

const ratio = () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);

/** Follows the device-pixel ratio (a window dragged to another screen, the browser's own zoom). */
function subscribeRatio(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  let query = matchMedia(`(resolution: ${ratio()}dppx)`);
  const changed = () => {
    query.removeEventListener('change', changed);
    query = matchMedia(`(resolution: ${ratio()}dppx)`);
    query.addEventListener('change', changed);
    onChange();
  };
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Device pixels per CSS pixel of the console: its display size times the screen's pixel ratio. */
export function useConsoleScale(): number {
  const size = useDisplayPrefs((s) => s.displaySize);
  return size * useSyncExternalStore(subscribeRatio, ratio, () => 1);
}
