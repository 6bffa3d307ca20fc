import { useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { MenuItemRow } from './MenuItemRow.tsx';
import { findByKey } from './mnemonic.tsx';
import type { MenuCloseReason, MenuItemSpec } from './menu-types.ts';
import { useKeepInViewport } from './use-keep-in-viewport.ts';

export type MenuPopupProps = {
  items: MenuItemSpec[];
  label: string;
  onClose: (reason: MenuCloseReason) => void;
  /** Which item takes focus on open; 'none' leaves focus where it is (submenus opened by hover). */
  initialFocus?: 'first' | 'last' | 'none';
  className?: string;
  style?: CSSProperties;
  /** A popup kept mounted while closed (the Start menu) is told when it opens: it focuses and places itself then. */
  open?: boolean;
};

const isItem = (i: MenuItemSpec): i is Exclude<MenuItemSpec, 'separator'> => i !== 'separator';

/** An APG `role="menu"` popup with nested submenus; shared by menu bars, context menus and the Start menu. */
export function MenuPopup({ items, label, onClose, initialFocus = 'first', className, style, open = true }: MenuPopupProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLDivElement | null)[]>([]);
  const [openSub, setOpenSubState] = useState<{ index: number; focus: 'first' | 'none'; nonce: number } | null>(null);
  const nonce = useRef(0);
  // A new nonce remounts the submenu, so a keyboard open focuses its first item even if hover opened it.
  const setOpenSub = (next: { index: number; focus: 'first' | 'none' } | null) =>
    setOpenSubState(next && { ...next, nonce: ++nonce.current });
  // Closing forgets the open submenu (React's "adjust state on prop change").
  if (!open && openSub) setOpenSubState(null);
  const indices = items.flatMap((it, i) => (isItem(it) ? [i] : []));
  useKeepInViewport(listRef, open);

  const focusAt = (i: number | undefined) => {
    if (i !== undefined) itemRefs.current[i]?.focus();
  };
  const current = () => itemRefs.current.findIndex((el) => el === document.activeElement);

  // Read once, on mount (and on each opening of a kept popup): re-focusing on later renders would steal focus back from submenus.
  const initialIndex = useRef(initialFocus === 'first' ? indices[0] : initialFocus === 'last' ? indices[indices.length - 1] : undefined);
  useLayoutEffect(() => {
    if (open && initialIndex.current !== undefined) itemRefs.current[initialIndex.current]?.focus();
  }, [initialIndex, itemRefs, open]);

  const activate = (i: number, from: 'keyboard' | 'pointer') => {
    const item = items[i];
    if (!isItem(item) || item.disabled) return;
    if (item.items) {
      setOpenSub({ index: i, focus: from === 'keyboard' || openSub?.index === i ? 'first' : 'none' });
      return;
    }
    onClose('select');
    item.onSelect?.();
  };

  const step = (delta: number) => {
    const pos = indices.indexOf(current());
    const next = pos < 0 ? (delta > 0 ? 0 : indices.length - 1) : (pos + delta + indices.length) % indices.length;
    focusAt(indices[next]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // Keys pressed inside a nested submenu bubble through here; that submenu handles them.
    if ((e.target as Element).closest('[role="menu"]') !== e.currentTarget) return;
    const i = current();
    const item = items[i];
    switch (e.key) {
      case 'ArrowDown': step(1); break;
      case 'ArrowUp': step(-1); break;
      case 'Home': focusAt(indices[0]); break;
      case 'End': focusAt(indices[indices.length - 1]); break;
      case 'Enter':
      case ' ':
        if (i >= 0) activate(i, 'keyboard');
        break;
      case 'ArrowRight':
        if (item && isItem(item) && item.items && !item.disabled) setOpenSub({ index: i, focus: 'first' });
        else onClose('right');
        break;
      case 'ArrowLeft': onClose('left'); break;
      case 'Escape': onClose('escape'); break;
      case 'Tab': onClose('tab'); break;
      default: {
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        const labels = items.map((it) => (isItem(it) ? it.label : ''));
        const found = findByKey(labels, e.key, i < 0 ? -1 : i);
        if (found.index < 0) break;
        if (found.explicit) activate(found.index, 'keyboard');
        else focusAt(found.index);
      }
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const closeSub = (index: number) => (reason: MenuCloseReason) => {
    setOpenSub(null);
    if (reason === 'escape' || reason === 'left') focusAt(index);
    else onClose(reason);
  };

  return (
    <ul
      ref={listRef}
      role="menu"
      aria-label={label}
      className={`menu-popup ${className ?? ''}`}
      style={style}
      onKeyDown={onKeyDown}
    >
      {items.map((item, i) => {
        if (!isItem(item)) return <li key={`sep-${i}`} role="separator" className="menu-separator" />;
        const subOpen = openSub?.index === i;
        return (
          <MenuItemRow
            key={`${i}-${item.label}`}
            item={item}
            ref={(el) => {
              itemRefs.current[i] = el;
            }}
            expanded={subOpen}
            onActivate={() => activate(i, 'pointer')}
            onHover={() => {
              focusAt(i);
              if (item.items && !item.disabled) {
                if (openSub?.index !== i) setOpenSub({ index: i, focus: 'none' });
              } else if (openSub) setOpenSub(null);
            }}
          >
            {subOpen && item.items && (
              <MenuPopup
                key={openSub.nonce}
                items={item.items}
                label={item.label.replace('&', '')}
                initialFocus={openSub.focus}
                className="submenu"
                onClose={closeSub(i)}
              />
            )}
          </MenuItemRow>
        );
      })}
    </ul>
  );
}
