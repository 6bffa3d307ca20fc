import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import type { EditorProps } from './editor-types.ts';
import { EditorButtons, Field } from './Field.tsx';

/** REG_SZ and REG_EXPAND_SZ. */
export function StringEditor({ data, onOk, onCancel }: EditorProps) {
  const [text, setText] = useState(typeof data === 'string' ? data : '');
  return (
    <ModalDialog title="String Editor" onCancel={onCancel} className="regedt-dialog regedt-string">
      <form
        className="regedt-form"
        onSubmit={(e) => {
          e.preventDefault();
          onOk(text);
        }}
      >
        <Field label="String" className="stacked">
          {(id) => <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />}
        </Field>
        <EditorButtons onCancel={onCancel} layout="row" />
      </form>
    </ModalDialog>
  );
}
