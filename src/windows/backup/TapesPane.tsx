import { useEffect, useId, useRef, useState } from 'react';
import { tapeCatalog } from '../../sim/selectors/tape-catalog.ts';
import { useWorldShallow } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { CheckTarget } from './backup-menus.ts';
import { MdiChild } from './MdiChild.tsx';
import { PartialSet } from './PartialSet.tsx';
import { SetTree } from './SetTree.tsx';
import type { BackupUi } from './use-backup-ui.ts';

type Props = { ui: BackupUi; onCurrent: (target: CheckTarget) => void };

/**
 * The Tapes window: the tape on the left, its catalog on the right. Double-click or Enter on the
 * tape loads the catalog (Q164805); until it is in, the sets show as partially cataloged with the
 * catalog's status under them.
 */
export function TapesPane({ ui, onCurrent }: Props) {
  const tape = useWorldShallow(tapeCatalog);
  const set = tape.sets[0];
  const cataloged = tape.state === 'full';
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
            aria-describedby={cataloged ? undefined : noteId}
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
          {cataloged && set ? (
            <SetTree set={set} ticked={ui.selection} expanded={ui.expanded} onTick={ui.setTicked} onExpand={ui.setExpanded} onCurrent={onCurrent} />
          ) : (
            <>
              <ul className="backup-tree" aria-label="Backup sets">
                {tape.sets.map((s) => (
                  <PartialSet key={s.setNumber} set={s} />
                ))}
              </ul>
              <p id={noteId} role="status" className="tape-note">
                {tape.status}
                {tape.percent !== null && ` ${tape.percent}%`}
              </p>
            </>
          )}
        </div>
      </div>
    </MdiChild>
  );
}
