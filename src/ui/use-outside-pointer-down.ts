import { useEffect, type RefObject } from 'react';

/** Calls `onOutside` when a pointer goes down outside `ref` while `enabled` (closing open menus). */
export function useOutsidePointerDown(ref: RefObject<HTMLElement | null>, enabled: boolean, onOutside: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const handler = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onOutside();
    };
    document.addEventListener('pointerdown', handler, true);
    return () => document.removeEventListener('pointerdown', handler, true);
  }, [ref, enabled, onOutside]);
}
