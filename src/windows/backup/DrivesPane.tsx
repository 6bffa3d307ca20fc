import type { ReactNode } from 'react';
import { floppyIcon, hardDiskIcon, sharedDiskIcon } from './backup-icons.tsx';
import { MdiChild } from './MdiChild.tsx';

// [R] volume labels; E: is the Exchange group's shared disk, Q: the quorum (domain §8).
const DRIVES: { letter: string; label: string; icon: ReactNode }[] = [
  { letter: 'A:', label: '', icon: floppyIcon },
  { letter: 'C:', label: 'SYSTEM', icon: hardDiskIcon },
  { letter: 'E:', label: 'EXCHDATA', icon: sharedDiskIcon },
  { letter: 'Q:', label: 'QUORUM', icon: sharedDiskIcon },
];

/** The Drives window: file backups are not part of the lab, so its rows are inert. */
export function DrivesPane({ active, onActivate }: { active: boolean; onActivate: () => void }) {
  return (
    <MdiChild title="Drives" icon={hardDiskIcon} active={active} onActivate={onActivate} className="drives-pane">
      <ul className="sunken-panel drive-list" aria-label="Drives">
        {DRIVES.map((d) => (
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
