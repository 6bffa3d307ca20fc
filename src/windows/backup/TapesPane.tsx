import { useEffect, useId, useRef, useState } from 'react';
import { useWorldShallow } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { CheckTarget } from './backup-menus.ts';
import { MdiChild } from './MdiChild.tsx';
import { SetTree } from './SetTree.tsx';
import type { BackupUi } from './use-backup-ui.ts';

type Props = { ui: BackupUi; onCurrent: (target: CheckTarget) => void };

/**
 * The Tapes window: the tape on the left, its catalog on the right. Double-click or Enter on the
 * tape loads the catalog (Q164805); the sets are listed only once it is loaded.
 */
export function TapesPane({ ui, onCurrent }: Props) {
  const tape = useWorldShallow((w) => ({ name: w.tape.name, cataloged: w.tape.cataloged, set: w.tape.sets[0] }));
  const [selected, setSelected] = useState(false);
  const noteId = useId();
  const entryRef = useRef<HTMLLIElement>(null);
  // NT Backup opens with focus in the Tapes window (and the shell's menu bar is not a Tab stop into it).
  useEffect(() => entryRef.current?.focus({ preventScroll: true }), []);
  return (
    <MdiChild title="Tapes" icon={<Icon name="tape" />} active={ui.pane === 'tapes'} onActivate={() => ui.setPane('tapes')} className="tapes-pane">
      <div className="tapes-split">
        <ul role="listbox" aria-label="Tapes" className="sunken-panel tape-list">
          <li
            ref={entryRef}
            role="option"
            aria-selected={selected}
            aria-describedby={tape.cataloged ? undefined : noteId}
            tabIndex={0}
            className="tape-entry"
            onClick={() => setSelected(true)}
            onFocus={() => setSelected(true)}
            onDoubleClick={ui.loadCatalog}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              ui.loadCatalog();
            }}
          >
            <Icon name="tape" />
            <span className="tape-name">{tape.name}</span>
          </li>
        </ul>
        <div className="sunken-panel tape-contents">
          {tape.cataloged && tape.set ? (
            <SetTree set={tape.set} ticked={ui.selection} expanded={ui.expanded} onTick={ui.setTicked} onExpand={ui.setExpanded} onCurrent={onCurrent} />
          ) : (
            <p id={noteId} className="tape-note">
              {tape.name}: catalog not loaded. Double-click the tape, or choose Catalog on the Operations menu, to load it.
            </p>
          )}
        </div>
      </div>
    </MdiChild>
  );
}
