import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { whenQuiet } from '../lib/when-quiet.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import type { MenuCloseReason } from '../ui/menu-types.ts';
import { useOutsidePointerDown } from '../ui/use-outside-pointer-down.ts';
import type { NodeName } from '../sim/world/names.ts';
import { ConsoleSwitch } from './ConsoleSwitch.tsx';
import { StartMenu } from './StartMenu.tsx';
import type { StartMenuActions } from './start-menu-items.tsx';

export type TaskbarButton = { id: string; title: string; icon: IconName; active: boolean };

type Props = {
  buttons: TaskbarButton[];
  onButton: (id: string) => void;
  node: NodeName;
  onSwitchNode: (node: NodeName) => void;
  clock: string;
  startActions: StartMenuActions;
};

/** Start button and menu, one button per window, the console switch and the clock. */
export function Taskbar({ buttons, onButton, node, onSwitchNode, clock, startActions }: Props) {
  const [startOpen, setStartOpen] = useState(false);
  // The menu is built once, at the first idle moment (or the first open), then shown and hidden:
  // opening it is then a repaint, not a hundred new elements to style and lay out.
  const [startBuilt, setStartBuilt] = useState(false);
  useEffect(() => whenQuiet(() => setStartBuilt(true), { giveUpMs: 0 }), []);
  const actionsRef = useRef(startActions);
  useLayoutEffect(() => {
    actionsRef.current = startActions;
  });
  const menuActions = useMemo<StartMenuActions>(() => ({
    openApp: (app) => actionsRef.current.openApp(app),
    notSimulated: (program) => actionsRef.current.notSimulated(program),
    run: () => actionsRef.current.run(),
    shutDown: () => actionsRef.current.shutDown(),
  }), []);
  const startAreaRef = useRef<HTMLDivElement>(null);
  const startButtonRef = useRef<HTMLButtonElement>(null);
  useOutsidePointerDown(startAreaRef, startOpen, () => setStartOpen(false));

  // Ctrl+Esc opens the Start menu, as the Windows key does.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.ctrlKey) {
        e.preventDefault();
        setStartOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const closeStart = useCallback((reason: MenuCloseReason) => {
    setStartOpen(false);
    if (reason !== 'outside') startButtonRef.current?.focus();
  }, []);

  return (
    <nav className="taskbar" aria-label="Taskbar">
      <div ref={startAreaRef} className="start-area">
        <button
          ref={startButtonRef}
          type="button"
          className="start-button"
          aria-haspopup="menu"
          aria-expanded={startOpen}
          onClick={() => setStartOpen((o) => !o)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              setStartOpen(true);
            }
          }}
        >
          <Icon name="windows-flag" />
          <b>Start</b>
        </button>
        {(startOpen || startBuilt) && <StartMenu open={startOpen} actions={menuActions} onClose={closeStart} />}
      </div>
      <ul className="taskbar-windows" aria-label="Open windows">
        {buttons.map((b) => (
          <li key={b.id}>
            <button type="button" className="taskbar-window-button" aria-pressed={b.active} title={b.title} onClick={() => onButton(b.id)}>
              <Icon name={b.icon} />
              <span className="taskbar-window-title">{b.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <ConsoleSwitch node={node} onSwitch={onSwitchNode} />
      <div className="taskbar-tray">
        <span role="timer" aria-label="Clock" className="taskbar-clock">
          {clock}
        </span>
      </div>
    </nav>
  );
}
