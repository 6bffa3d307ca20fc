import type { BackupSet } from '../../sim/world/types.ts';

/** A set's columns in the Tapes tree: backup type, date, owner. */
export function SetDetail({ set }: { set: BackupSet }) {
  return (
    <span className="set-detail">
      <span>{set.backupType}</span>
      <span>{set.date}</span>
      <span>{set.owner}</span>
    </span>
  );
}
