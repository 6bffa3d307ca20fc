import { useRef, useState, type KeyboardEvent } from 'react';
import { MenuPopup } from './MenuPopup.tsx';
import { findByKey, parseMnemonic } from './mnemonic.tsx';
import type { MenuCloseReason, MenuSpec } from './menu-types.ts';
import { useMenuBarHotkeys } from './use-menu-bar-hotkeys.ts';
import { useOutsidePointerDown } from './use-outside-pointer-down.ts';

type Props = { menus: MenuSpec[]; label?: string };

/**
 * APG menubar. F10 or a lone Alt (while focus is in the same window) enters it, Alt+letter opens
 * a menu by its access key, and leaving it returns focus to where the user was.
 */
export function MenuBar({ menus, label = 'Menu bar' }: Props) {
  const barRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLDivElement | null)[]>([]);
  const returnTo = useRef<HTMLElement | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<{ index: number; focus: 'first' | 'last' } | null>(null);
  const labels = menus.map((m) => m.label);

  const rememberReturn = () => {
    const el = document.activeElement as HTMLElement | null;
    if (el && !barRef.current?.contains(el)) returnTo.current = el;
  };
  const focusItem = (i: number) => {
    setActive(i);
    itemRefs.current[i]?.focus();
  };
  const leave = () => {
    setOpen(null);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
    else (barRef.current?.closest('[role="dialog"]') as HTMLElement | null)?.focus();
  };
  const openMenu = (i: number, focus: 'first' | 'last' = 'first') => {
    rememberReturn();
    setActive(i);
    setOpen({ index: i, focus });
  };

  useMenuBarHotkeys(barRef, {
    enter: () => {
      rememberReturn();
      focusItem(0);
    },
    exit: leave,
    openByKey: (char) => {
      const found = findByKey(labels, char, -1);
      if (!found.explicit) return false;
      openMenu(found.index);
      return true;
    },
  });
  useOutsidePointerDown(barRef, open !== null, () => setOpen(null));

  const wrap = (i: number) => (i + menus.length) % menus.length;
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if ((e.target as Element).closest('[role="menu"]')) return;
    const i = itemRefs.current.findIndex((el) => el === document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') focusItem(wrap(i + (e.key === 'ArrowRight' ? 1 : -1)));
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(menus.length - 1);
    else if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') openMenu(i, 'first');
    else if (e.key === 'ArrowUp') openMenu(i, 'last');
    else if (e.key === 'Escape') leave();
    else if (e.key === 'Tab') {
      // Tab leaves the menu bar like any control: onwards into the window's contents (Shift+Tab
      // backwards). The browser moves focus; a dialog's focus trap may already have done so.
      setOpen(null);
      returnTo.current = null;
      return;
    }
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      const found = findByKey(labels, e.key, i);
      if (found.index < 0) return;
      if (found.explicit) openMenu(found.index);
      else focusItem(found.index);
    } else return;
    e.preventDefault();
  };

  const onMenuClose = (i: number) => (reason: MenuCloseReason) => {
    if (reason === 'left' || reason === 'right') {
      const next = wrap(i + (reason === 'right' ? 1 : -1));
      setActive(next);
      setOpen({ index: next, focus: 'first' });
      itemRefs.current[next]?.focus();
    } else if (reason === 'escape' || (reason === 'tab' && !returnTo.current?.isConnected)) {
      // Tab in a menu opened from the bar itself stays on the bar, so the next Tab reaches the body.
      setOpen(null);
      focusItem(i);
    } else leave();
  };

  return (
    <ul ref={barRef} role="menubar" aria-label={label} className="menu-bar" onKeyDown={onKeyDown}>
      {menus.map((menu, i) => {
        const isOpen = open?.index === i;
        return (
          <li role="none" key={menu.label} className="menu-bar-entry">
            <div
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={isOpen}
              tabIndex={i === active ? 0 : -1}
              className="menu-bar-item"
              onClick={() => (isOpen ? leave() : openMenu(i))}
              onPointerEnter={() => {
                if (open && !isOpen) openMenu(i);
              }}
            >
              {parseMnemonic(menu.label).node}
            </div>
            {isOpen && (
              <MenuPopup
                key={`${i}-${open.focus}`}
                items={menu.items}
                label={parseMnemonic(menu.label).text}
                initialFocus={open.focus}
                onClose={onMenuClose(i)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
