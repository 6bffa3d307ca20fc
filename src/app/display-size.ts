import { pixelFontIsCrisp } from '../lib/pixel-snap.ts';
import { useDisplayPrefs, type DisplaySize } from '../store/display-prefs.ts';

const ratio = () => window.devicePixelRatio || 1;

/**
 * Zooms the console to `size`, and picks its font: NT's pixel font where its pixels land on whole
 * screen pixels (100 %, 200 %, or 150 % on a 2× screen), otherwise a smooth sans-serif drawn at the
 * zoomed size (at 150 % the pixel font's pixels would be 1.5 screen pixels: ragged, uneven strokes).
 * src/app/layout.css reads both.
 */
function apply(size: DisplaySize): void {
  const root = document.documentElement;
  root.style.setProperty('--console-zoom', String(size));
  root.dataset.consoleFont = pixelFontIsCrisp(size * ratio()) ? 'pixel' : 'smooth';
}

/** Zooms the console to the saved display size now and whenever it (or the screen's pixel ratio) changes. */
export function startDisplaySize(): () => void {
  const current = () => apply(useDisplayPrefs.getState().displaySize);
  current();
  const unsubscribe = useDisplayPrefs.subscribe((s, prev) => s.displaySize !== prev.displaySize && apply(s.displaySize));
  // A window moved to a screen of another pixel ratio, or the browser's own zoom.
  let query: MediaQueryList | null = null;
  const watchRatio = () => {
    query?.removeEventListener('change', onRatio);
    query = typeof matchMedia === 'undefined' ? null : matchMedia(`(resolution: ${ratio()}dppx)`);
    query?.addEventListener('change', onRatio);
  };
  function onRatio() {
    current();
    watchRatio();
  }
  watchRatio();
  return () => {
    unsubscribe();
    query?.removeEventListener('change', onRatio);
  };
}
