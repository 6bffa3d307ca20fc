import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { Window } from '../ui/Window.tsx';
import type { WindowGeometry } from './window-store.ts';

type Props = {
  geometry: WindowGeometry;
  active: boolean;
  onFocus: () => void;
  onMove: (x: number, y: number) => void;
  /** Returns false when the command was not found, so the dialog stays open (as in NT 4). */
  onRun: (command: string) => boolean;
  onClose: () => void;
};

/** Start ▸ Run… */
export function RunDialog({ geometry, active, onFocus, onMove, onRun, onClose }: Props) {
  const [command, setCommand] = useState('');
  return (
    <Window
      id="run-dialog"
      title="Run"
      {...geometry}
      active={active}
      canMinimize={false}
      canMaximize={false}
      onMove={onMove}
      onFocus={onFocus}
      onMinimize={onClose}
      onMaximize={onClose}
      onClose={onClose}
    >
      <form
        className="run-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (command.trim() && onRun(command.trim())) onClose();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <div className="run-dialog-intro">
          <Icon name="run" size={32} />
          <p>Type the name of a program, folder, or document, and Windows will open it for you.</p>
        </div>
        <div className="field-row">
          <label htmlFor="run-command">
            <u>O</u>pen:
          </label>
          <input id="run-command" type="text" autoFocus autoComplete="off" spellCheck={false} value={command} onChange={(e) => setCommand(e.target.value)} />
        </div>
        <div className="dialog-buttons">
          <button type="submit" className="default" disabled={!command.trim()}>
            OK
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" disabled>
            Browse...
          </button>
        </div>
      </form>
    </Window>
  );
}
