import { useState, type KeyboardEvent } from 'react';
import type { BackupItem } from '../../sim/world/names.ts';
import { useWorldShallow } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { LogInformation } from './LogInformation.tsx';
import { defaultPage, restorePages, type PageOptions } from './restore-form.ts';
import { RestoreSetPage } from './RestoreSetPage.tsx';

type Props = {
  ticked: BackupItem[];
  onOk: (options: PageOptions) => void;
  onCancel: () => void;
  onHelp: () => void;
};

/**
 * Restore Information for an Exchange set (Q146306, Q184225, Q155600): one page per ticked item,
 * stacked in a scrolling area, then Log Information and OK / Cancel / Help. Enter = OK, Escape = Cancel.
 */
export function RestoreInformation({ ticked, onOk, onCancel, onHelp }: Props) {
  const tape = useWorldShallow((w) => ({ name: w.tape.name, set: w.tape.sets[0] }));
  const [options, setOptions] = useState(() => defaultPage(tape.set?.originalServer ?? ''));
  const pages = restorePages(ticked);
  // Windows: Enter anywhere but on another button presses the default button.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || (e.target as Element).closest('button')) return;
    e.preventDefault();
    onOk(options);
  };
  return (
    <ModalDialog title="Restore Information" onCancel={onCancel} className="restore-info">
      <form
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          onOk(options);
        }}
      >
        <div className="restore-pages" role="group" aria-label="Backup Set Information" tabIndex={-1}>
          {tape.set &&
            pages.map((p, i) => (
              <RestoreSetPage
                key={p.item}
                n={i + 1}
                of={pages.length}
                item={p.item}
                locked={p.locked}
                tapeName={tape.name}
                set={tape.set}
                options={options}
                onChange={setOptions}
              />
            ))}
        </div>
        <LogInformation />
        <div className="dialog-buttons centered">
          <button type="submit" className="default" data-autofocus>
            OK
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" onClick={onHelp}>
            Help
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
