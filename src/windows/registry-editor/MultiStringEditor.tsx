import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import type { EditorProps } from './editor-types.ts';
import { EditorButtons, Field } from './Field.tsx';
import { formatMultiString, parseMultiString } from './value-parsing.ts';

const EMPTY_REMOVED = 'Data of type REG_MULTI_SZ cannot contain empty strings. Registry Editor will remove all empty strings found.';

/** REG_MULTI_SZ: one string per line (EDB_RstMap: old path, new path, ...). */
export function MultiStringEditor({ data, onOk, onCancel, tell }: EditorProps) {
  const [text, setText] = useState(formatMultiString(Array.isArray(data) ? (data as string[]) : []));
  return (
    <ModalDialog title="Multi-String Editor" onCancel={onCancel} className="regedt-dialog regedt-multi">
      <form
        className="regedt-form"
        onSubmit={(e) => {
          e.preventDefault();
          const { strings, removedEmpty } = parseMultiString(text);
          if (removedEmpty) tell(EMPTY_REMOVED, 'warning', () => onOk(strings));
          else onOk(strings);
        }}
      >
        <Field label="Data" className="stacked">
          {(id) => <textarea id={id} rows={8} spellCheck={false} wrap="off" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />}
        </Field>
        <EditorButtons onCancel={onCancel} layout="row" />
      </form>
    </ModalDialog>
  );
}
