import type { KeyboardEvent } from 'react';
import { BACKUP_ITEMS, type BackupItem } from '../../sim/world/names.ts';
import type { BackupSet } from '../../sim/world/types.ts';
import { exchangeIcon, serverIcon } from './backup-icons.tsx';
import type { CheckTarget } from './backup-menus.ts';
import { CheckItem } from './CheckItem.tsx';
import { SetDetail } from './SetDetail.tsx';

type Props = {
  set: BackupSet;
  ticked: BackupItem[];
  expanded: boolean;
  onTick: (items: BackupItem[]) => void;
  onExpand: (expanded: boolean) => void;
  onCurrent: (target: CheckTarget) => void;
};

/** The cataloged set: Set 1 ▸ EXCHVS1 ▸ Directory, Information Store, each with a checkbox (Q164805). */
export function SetTree({ set, ticked, expanded, onTick, onExpand, onCurrent }: Props) {
  const items = BACKUP_ITEMS.filter((i) => set.items.includes(i));
  const all = items.every((i) => ticked.includes(i));
  const some = items.some((i) => ticked.includes(i));
  const tick = (item: BackupItem, on: boolean) => onTick(on ? [...ticked.filter((i) => i !== item), item] : ticked.filter((i) => i !== item));
  // Tree keys from NT's File Manager family: + expands, - collapses.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '*') onExpand(true);
    else if (e.key === '-') onExpand(false);
    else return;
    e.preventDefault();
  };
  return (
    <ul className="backup-tree" aria-label="Backup sets" onKeyDown={onKeyDown}>
      <li>
        <span className="tree-row">
          <span className="tree-toggle" aria-hidden onClick={() => onExpand(!expanded)}>
            {expanded ? '-' : '+'}
          </span>
          <CheckItem label={`Set ${set.setNumber}`} checked={all} mixed={some && !all} onChange={(on) => onTick(on ? items : [])} onFocus={() => onCurrent('set')} />
          <SetDetail set={set} />
        </span>
        {expanded && (
          <ul>
            <li>
              <span className="tree-row">
                {serverIcon}
                <span>{set.originalServer}</span>
              </span>
              <ul>
                {items.map((item) => (
                  <li key={item}>
                    <span className="tree-row">
                      <CheckItem
                        label={
                          <>
                            {exchangeIcon}
                            <span>{item}</span>
                          </>
                        }
                        checked={ticked.includes(item)}
                        onChange={(on) => tick(item, on)}
                        onFocus={() => onCurrent(item)}
                      />
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        )}
      </li>
    </ul>
  );
}
