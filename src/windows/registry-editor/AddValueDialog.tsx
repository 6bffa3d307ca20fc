import { useState } from 'react';
import type { RegType } from '../../sim/world/types.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { EditorButtons, Field } from './Field.tsx';
import { REG_TYPES } from './value-parsing.ts';

type Props = { onOk: (name: string, type: RegType) => void; onCancel: () => void };

/** Edit > Add Value: a name and a data type; OK opens the editor for that type. */
export function AddValueDialog({ onOk, onCancel }: Props) {
  const [name, setName] = useState('');
  const [type, setType] = useState<RegType>('REG_SZ');
  return (
    <ModalDialog title="Add Value" onCancel={onCancel} className="regedt-dialog">
      <form
        className="regedt-form side"
        onSubmit={(e) => {
          e.preventDefault();
          onOk(name, type);
        }}
      >
        <div className="regedt-fields">
          <Field label="Value Name">{(id) => <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />}</Field>
          <Field label="Data Type">
            {(id) => (
              <select id={id} value={type} onChange={(e) => setType(e.target.value as RegType)}>
                {REG_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <EditorButtons onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
