import { useRef, type PointerEvent } from 'react';

/**
 * Pointer-drag handlers for a title bar. Reports the new top-left; keeps at least part of the
 * title bar on screen so a window can never be lost off the top edge.
 */
export function useTitleBarDrag(x: number, y: number, enabled: boolean, onMove: (x: number, y: number) => void) {
  const start = useRef<{ px: number; py: number; x: number; y: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (!enabled || e.button !== 0 || (e.target as Element).closest('button')) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    start.current = { px: e.clientX, py: e.clientY, x, y };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s) return;
    onMove(s.x + e.clientX - s.px, Math.max(0, s.y + e.clientY - s.py));
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    if (!start.current) return;
    start.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
