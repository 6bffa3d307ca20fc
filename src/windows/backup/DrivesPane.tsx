import type { ReactNode } from 'react';
import { sharedDrivesOn } from '../../sim/selectors/backup.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { useWorldShallow } from '../../store/lab-session.ts';
import { floppyIcon, hardDiskIcon, sharedDiskIcon } from './backup-icons.tsx';
import { MdiChild } from './MdiChild.tsx';

// [R] volume labels; E: is the Exchange group's shared disk, Q: the quorum (domain §8).
const DRIVES: { letter: string; label: string; icon: ReactNode; shared?: true }[] = [
  { letter: 'A:', label: '', icon: floppyIcon },
  { letter: 'C:', label: 'SYSTEM', icon: hardDiskIcon },
  { letter: 'E:', label: 'EXCHDATA', icon: sharedDiskIcon, shared: true },
  { letter: 'Q:', label: 'QUORUM', icon: sharedDiskIcon, shared: true },
];

/**
 * The Drives window: file backups are not part of the lab, so its rows are inert. A shared disk is
 * listed only on the node that owns it online.
 */
export function DrivesPane({ node, active, onActivate }: { node: NodeName; active: boolean; onActivate: () => void }) {
  const shared = useWorldShallow((w) => sharedDrivesOn(w, node));
  const drives = DRIVES.filter((d) => !d.shared || (shared as string[]).includes(d.letter));
  return (
    <MdiChild title="Drives" icon={hardDiskIcon} active={active} onActivate={onActivate} className="drives-pane">
      <ul className="sunken-panel drive-list" aria-label="Drives">
        {drives.map((d) => (
          <li key={d.letter} className="drive-row">
            <span className="fake-check" aria-hidden />
            {d.icon}
            <span>
              {d.letter} {d.label}
            </span>
          </li>
        ))}
      </ul>
    </MdiChild>
  );
}
