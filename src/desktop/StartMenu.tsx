import { memo, useMemo, type CSSProperties } from 'react';
import { MenuPopup } from '../ui/MenuPopup.tsx';
import type { MenuCloseReason } from '../ui/menu-types.ts';
import { startMenuItems, type StartMenuActions } from './start-menu-items.tsx';

type Props = { open: boolean; actions: StartMenuActions; onClose: (reason: MenuCloseReason) => void };

// Hidden, not removed: no focus, no pointer, nothing for assistive technology, and its layout is kept.
const CLOSED: CSSProperties = { visibility: 'hidden' };

/** The Start menu popup with the vertical "Windows NT Server" banner. */
export const StartMenu = memo(function StartMenu({ open, actions, onClose }: Props) {
  const items = useMemo(() => startMenuItems(actions), [actions]);
  return (
    <div className="start-menu" style={open ? undefined : CLOSED}>
      <div className="start-menu-banner" aria-hidden="true">
        <span>
          <b>Windows NT</b> Server
        </span>
      </div>
      <MenuPopup
        items={items}
        label="Start"
        open={open}
        className="start-menu-items"
        onClose={(reason) => {
          // Left/Right on the top level have nowhere to go (there is no menu bar beside it).
          if (reason !== 'left' && reason !== 'right') onClose(reason);
        }}
      />
    </div>
  );
});
