import type { BackupSet } from '../../sim/world/types.ts';
import { partialSetIcon } from './backup-icons.tsx';
import { SetDetail } from './SetDetail.tsx';

/** A set whose catalog is not loaded: its header only, nothing to tick (Q164805). */
export function PartialSet({ set }: { set: BackupSet }) {
  return (
    <li>
      <span className="tree-row">
        {partialSetIcon}
        <span>{`Set ${set.setNumber}`}</span>
        <span className="visually-hidden">(partially cataloged)</span>
        <SetDetail set={set} />
      </span>
    </li>
  );
}
