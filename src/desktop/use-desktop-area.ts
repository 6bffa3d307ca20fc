import { useLayoutEffect, type RefObject } from 'react';
import { windowStore } from './window-store.ts';

/**
 * Keeps the window store told of the desktop region's size: on mount, and whenever the viewport,
 * the dock or the display size changes it. Sizes are the region's own CSS pixels (the units windows
 * are placed in: a zoomed console has fewer of them), rounded down so a window never sticks out.
 */
export function useDesktopArea(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const r = el.getBoundingClientRect();
      const area = { width: Math.floor(r.width / zoom), height: Math.floor(r.height / zoom) };
      if (area.width > 0 && area.height > 0) windowStore.getState().setArea(area);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
