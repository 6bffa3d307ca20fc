import { useId } from 'react';
import { DESTINATION_SERVERS, type BackupItem } from '../../sim/world/names.ts';
import type { BackupSet } from '../../sim/world/types.ts';
import { CheckItem } from './CheckItem.tsx';
import { ComboBox } from '../../ui/ComboBox.tsx';
import type { PageOptions } from './restore-form.ts';

const ITEM_TITLE: Record<BackupItem, string> = {
  Directory: 'Microsoft Exchange Directory',
  'Information Store': 'Microsoft Exchange Information Store',
};

type Props = {
  n: number;
  of: number;
  item: BackupItem;
  locked: boolean;
  tapeName: string;
  set: BackupSet;
  options: PageOptions;
  onChange: (options: PageOptions) => void;
};

/** A checkbox drawn dimmed with no input behind it: a locked page's option (Q184225, Q155600). */
const Dim = ({ label, checked = false }: { label: string; checked?: boolean }) => (
  <span className={`dim-check${checked ? ' checked' : ''}`}>{label}</span>
);

/**
 * One "Set n of m" page of Restore Information (Q146306). A locked page (the Directory when the
 * Information Store is restored too) shows its fixed destination and dimmed options; the editable
 * page carries the controls, with Private and Public only for the Information Store.
 */
export function RestoreSetPage({ n, of, item, locked, tapeName, set, options, onChange }: Props) {
  const destId = useId();
  const store = item === 'Information Store';
  const change = (patch: Partial<PageOptions>) => onChange({ ...options, ...patch });
  const row = (label: string, value: string) => (
    <div className="info-row">
      <span className="info-label">{label}</span>
      <span className="info-value">{value}</span>
    </div>
  );
  return (
    <fieldset className="restore-set">
      <legend>{`Set ${n} of ${of}`}</legend>
      {row('Tape Name:', tapeName)}
      {row('Backup Set:', `Set ${set.setNumber} - ${ITEM_TITLE[item]}`)}
      {row('Creation Date:', set.date)}
      {row('Owner:', set.owner)}
      {row('Original Server:', set.originalServer)}
      {locked ? (
        <>
          <div className="info-row">
            <span className="info-label">Destination Server:</span>
            <span className="fixed-field">{set.originalServer}</span>
          </div>
          <div className="option-rows">
            <Dim label="Erase all existing data" />
            <span className="restore-stores">
              <Dim label="Private" />
              <Dim label="Public" />
            </span>
            <Dim label="Start Service After Restore" />
            <Dim label="Verify After Restore" />
          </div>
        </>
      ) : (
        <>
          <div className="info-row">
            <label className="info-label" htmlFor={destId}>
              Destination Server:
            </label>
            <ComboBox id={destId} label="Destination Server" listLabel="Servers" value={options.destination} options={DESTINATION_SERVERS} onChange={(destination) => change({ destination })} />
          </div>
          <div className="option-rows">
            <CheckItem label="Erase all existing data" checked={options.erase} onChange={(erase) => change({ erase })} />
            <span className="restore-stores">
              <CheckItem label="Private" checked={store && options.private} disabled={!store} onChange={(v) => change({ private: v })} />
              <CheckItem label="Public" checked={store && options.public} disabled={!store} onChange={(v) => change({ public: v })} />
            </span>
            <CheckItem label="Start Service After Restore" checked={options.startService} onChange={(startService) => change({ startService })} />
            <CheckItem label="Verify After Restore" checked={false} disabled />
          </div>
        </>
      )}
    </fieldset>
  );
}
