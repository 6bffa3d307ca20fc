import { useLayoutEffect, type RefObject } from 'react';

/** Nudges a just-opened popup back inside the viewport (menus near the taskbar or the right edge); a kept popup, at each opening. */
export function useKeepInViewport(ref: RefObject<HTMLElement | null>, open = true) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !open) return;
    el.style.translate = '';
    const r = el.getBoundingClientRect();
    const dx = Math.min(0, window.innerWidth - r.right);
    const dy = Math.min(0, window.innerHeight - r.bottom);
    // Measured in viewport pixels; a zoomed console (display size) moves it in its own.
    const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    if (dx || dy) el.style.translate = `${Math.max(dx, -r.left) / zoom}px ${Math.max(dy, -r.top) / zoom}px`;
  }, [ref, open]);
}
