import { useState } from 'react';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { PropertySheet } from '../../ui/PropertySheet.tsx';
import type { TabSpec } from '../../ui/Tabs.tsx';

type Props = {
  /** The object's name: the sheet is "<name> Properties". */
  name: string;
  tabs: TabSpec[];
  dirty: boolean;
  /** Sends the sheet's changes; returns the refusal's text, or null when the cluster took them. */
  send: () => string | null;
  /** The changes were taken: the sheet is clean again. */
  onSent: () => void;
  onClose: () => void;
};

/**
 * A Cluster Administrator property sheet whose OK and Apply send its changes (nothing when it is
 * clean); a refusal shows in a warning box and the sheet stays open with the changes.
 */
export function EditableSheet({ name, tabs, dirty, send, onSent, onClose }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (): boolean => {
    if (!dirty) return true;
    const error = send();
    if (error) {
      setProblem(error);
      return false;
    }
    onSent();
    return true;
  };
  return (
    <ModalDialog title={`${name} Properties`} onCancel={onClose} className="cluadmin-sheet">
      <PropertySheet
        label={`${name} properties`}
        tabs={tabs}
        onOk={() => apply() && onClose()}
        onCancel={onClose}
        onApply={() => void apply()}
        applyDisabled={!dirty}
      />
      {problem && <MessageBox title="Cluster Administrator" icon="warning" message={problem} onResult={() => setProblem(null)} />}
    </ModalDialog>
  );
}
