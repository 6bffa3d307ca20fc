import type { ReactNode, Ref } from 'react';
import { parseMnemonic } from './mnemonic.tsx';
import type { MenuItemSpec } from './menu-types.ts';

type Item = Exclude<MenuItemSpec, 'separator'>;

type Props = {
  item: Item;
  ref: Ref<HTMLDivElement>;
  expanded: boolean;
  onActivate: () => void;
  onHover: () => void;
  /** The open submenu, rendered inside the same `role="none"` list item. */
  children?: ReactNode;
};

/** One row of a popup menu: check column, optional icon, label with access key, shortcut, submenu arrow. */
export function MenuItemRow({ item, ref, expanded, onActivate, onHover, children }: Props) {
  const { node } = parseMnemonic(item.label);
  const hasSub = !!item.items;
  const checkable = item.checked !== undefined;
  return (
    <li role="none" className="menu-entry">
      <div
        ref={ref}
        role={checkable ? (item.radio ? 'menuitemradio' : 'menuitemcheckbox') : 'menuitem'}
        tabIndex={-1}
        className="menu-item"
        aria-disabled={item.disabled || undefined}
        aria-checked={checkable ? item.checked : undefined}
        aria-haspopup={hasSub ? 'menu' : undefined}
        aria-expanded={hasSub ? expanded : undefined}
        aria-keyshortcuts={item.shortcut?.replaceAll('Ctrl', 'Control')}
        onClick={(e) => {
          e.stopPropagation();
          onActivate();
        }}
        onPointerEnter={onHover}
      >
        <span className="menu-item-check" aria-hidden="true">
          {item.checked ? (item.radio ? '●' : '✓') : ''}
        </span>
        {item.icon && <span className="menu-item-icon">{item.icon}</span>}
        <span className="menu-item-label">{node}</span>
        {item.shortcut && (
          <span className="menu-item-shortcut" aria-hidden="true">
            {item.shortcut}
          </span>
        )}
        {hasSub && (
          <span className="menu-item-arrow" aria-hidden="true">
            ▸
          </span>
        )}
      </div>
      {children}
    </li>
  );
}
