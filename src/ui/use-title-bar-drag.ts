import { useRef, type PointerEvent } from 'react';

/**
 * Pointer-drag handlers for a title bar. Reports the new top-left; keeps at least part of the
 * title bar on screen so a window can never be lost off the top edge.
 */
export function useTitleBarDrag(x: number, y: number, enabled: boolean, onMove: (x: number, y: number) => void) {
  const start = useRef<{ px: number; py: number; x: number; y: number; zoom: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (!enabled || e.button !== 0 || (e.target as Element).closest('button')) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    // Pointer positions are in viewport pixels; a zoomed console (display size) places in its own.
    const zoom = (e.currentTarget as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    start.current = { px: e.clientX, py: e.clientY, x, y, zoom };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s) return;
    onMove(Math.round(s.x + (e.clientX - s.px) / s.zoom), Math.max(0, Math.round(s.y + (e.clientY - s.py) / s.zoom)));
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    if (!start.current) return;
    start.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
