import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { EditorButtons, Field } from './Field.tsx';

type Props = { onOk: (name: string) => void; onCancel: () => void };

/** Edit > Add Key: Key Name and Class (Q200941: Class stays blank). Names are kept as typed. */
export function AddKeyDialog({ onOk, onCancel }: Props) {
  const [name, setName] = useState('');
  const [cls, setCls] = useState('');
  return (
    <ModalDialog title="Add Key" onCancel={onCancel} className="regedt-dialog">
      <form
        className="regedt-form side"
        onSubmit={(e) => {
          e.preventDefault();
          onOk(name);
        }}
      >
        <div className="regedt-fields">
          <Field label="Key Name">{(id) => <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />}</Field>
          <Field label="Class">{(id) => <input id={id} type="text" value={cls} onChange={(e) => setCls(e.target.value)} />}</Field>
        </div>
        <EditorButtons onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
