import { MenuPopup } from '../ui/MenuPopup.tsx';
import type { MenuCloseReason } from '../ui/menu-types.ts';
import { startMenuItems, type StartMenuActions } from './start-menu-items.tsx';

type Props = StartMenuActions & { onClose: (reason: MenuCloseReason) => void };

/** The Start menu popup with the vertical "Windows NT Server" banner. */
export function StartMenu({ onClose, ...actions }: Props) {
  return (
    <div className="start-menu">
      <div className="start-menu-banner" aria-hidden="true">
        <span>
          <b>Windows NT</b> Server
        </span>
      </div>
      <MenuPopup
        items={startMenuItems(actions)}
        label="Start"
        className="start-menu-items"
        onClose={(reason) => {
          // Left/Right on the top level have nowhere to go (there is no menu bar beside it).
          if (reason !== 'left' && reason !== 'right') onClose(reason);
        }}
      />
    </div>
  );
}
