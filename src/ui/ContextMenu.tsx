import { useRef } from 'react';
import { createPortal } from 'react-dom';
import { MenuPopup } from './MenuPopup.tsx';
import type { MenuCloseReason, MenuItemSpec, Point } from './menu-types.ts';
import { useOutsidePointerDown } from './use-outside-pointer-down.ts';

type Props = {
  items: MenuItemSpec[];
  at: Point;
  label?: string;
  onClose: (reason: MenuCloseReason) => void;
};

/** A shortcut menu at a viewport point, portalled to <body> so no scrolling window body clips it. */
export function ContextMenu({ items, at, label = 'Context menu', onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useOutsidePointerDown(ref, true, () => onClose('outside'));
  return createPortal(
    <div
      ref={ref}
      className="context-menu-layer"
      // `at` is a pointer position in viewport pixels; the layer is zoomed with the console.
      style={{ left: `calc(${at.x}px / var(--console-zoom, 1))`, top: `calc(${at.y}px / var(--console-zoom, 1))` }}
      onContextMenu={(e) => e.preventDefault()}
    >
      <MenuPopup items={items} label={label} onClose={onClose} />
    </div>,
    document.body,
  );
}
