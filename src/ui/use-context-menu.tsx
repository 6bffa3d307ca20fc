import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { ContextMenu } from './ContextMenu.tsx';
import type { MenuCloseReason, MenuItemSpec, Point } from './menu-types.ts';

/** True for the keys that open a shortcut menu from the keyboard: Shift+F10 and the Menu key. */
export function isContextMenuKey(e: { key: string; shiftKey: boolean }): boolean {
  return (e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu';
}

/** Where a keyboard-opened shortcut menu appears: just inside the focused element, as Windows does. */
export function pointBelow(el: Element): Point {
  const r = el.getBoundingClientRect();
  return { x: r.left + Math.min(16, r.width / 2), y: r.top + Math.min(r.height, 18) };
}

/**
 * Owns one shortcut menu. `triggerProps(getItems)` wires right-click and Shift+F10 / Menu key on
 * an element; `openAt` is for widgets (tree, list) that report their own point. Escape or a
 * choice returns focus to what was focused when the menu opened.
 */
export function useContextMenu(label = 'Context menu') {
  const [state, setState] = useState<{ items: MenuItemSpec[]; at: Point } | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const openAt = useCallback((items: MenuItemSpec[], at: Point) => {
    returnTo.current = document.activeElement as HTMLElement | null;
    setState({ items, at });
  }, []);

  const close = useCallback((reason: MenuCloseReason) => {
    setState(null);
    if (reason !== 'outside' && returnTo.current?.isConnected) returnTo.current.focus();
  }, []);

  const triggerProps = (getItems: () => MenuItemSpec[]) => ({
    onContextMenu: (e: MouseEvent<HTMLElement>) => {
      e.preventDefault();
      openAt(getItems(), { x: e.clientX, y: e.clientY });
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (!isContextMenuKey(e)) return;
      e.preventDefault();
      openAt(getItems(), pointBelow(e.target as Element));
    },
  });

  const element: ReactNode = state && <ContextMenu items={state.items} at={state.at} label={label} onClose={close} />;
  return { openAt, close, triggerProps, element, isOpen: state !== null };
}
