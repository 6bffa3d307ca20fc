import type { BackupSet } from '../../sim/world/types.ts';
import { partialSetIcon } from './backup-icons.tsx';

/** A set whose catalog is not loaded: its header only, nothing to tick (Q164805). */
export function PartialSet({ set }: { set: BackupSet }) {
  return (
    <li>
      <span className="tree-row">
        {partialSetIcon}
        <span>{`Set ${set.setNumber}`}</span>
        <span className="visually-hidden">(partially cataloged)</span>
        <span className="set-detail">
          <span>{set.backupType}</span>
          <span>{set.date}</span>
          <span>{set.owner}</span>
        </span>
      </span>
    </li>
  );
}
