import type { ReactNode } from 'react';

/**
 * One entry of a menu. `label` may mark its access key with `&` ("&File", "Sh&ut Down...");
 * without one, the first letter still works for type-ahead but nothing is underlined.
 */
export type MenuItemSpec =
  | {
      label: string;
      shortcut?: string;
      disabled?: boolean;
      checked?: boolean;
      /** With `checked`: one of a set of choices (`menuitemradio`, drawn with a dot), not an on/off toggle. */
      radio?: boolean;
      icon?: ReactNode;
      onSelect?: () => void;
      items?: MenuItemSpec[];
    }
  | 'separator';

export type MenuSpec = { label: string; items: MenuItemSpec[] };

/** Why a menu closed, so the owner knows where focus goes next. */
export type MenuCloseReason = 'select' | 'escape' | 'left' | 'right' | 'tab' | 'outside';

export type Point = { x: number; y: number };
