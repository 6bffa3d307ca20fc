import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import type { EditorProps } from './editor-types.ts';
import { EditorButtons, Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { formatBinary, parseBinary, type BinaryFormat } from './value-parsing.ts';

const EXAMPLE: Record<BinaryFormat, string> = { hex: 'hexadecimal pairs, for example 00 01', binary: 'eight binary digits each, for example 00000001' };

/** REG_BINARY, with Data Format Binary / Hex (Hex by default, Q200941). */
export function BinaryEditor({ data, onOk, onCancel, tell }: EditorProps) {
  const [format, setFormat] = useState<BinaryFormat>('hex');
  const [text, setText] = useState(formatBinary(Array.isArray(data) ? (data as number[]) : [], 'hex'));
  const changeFormat = (next: BinaryFormat) => {
    const bytes = parseBinary(text, format);
    if (bytes) setText(formatBinary(bytes, next));
    setFormat(next);
  };
  return (
    <ModalDialog title="Binary Editor" onCancel={onCancel} className="regedt-dialog regedt-binary">
      <form
        className="regedt-form"
        onSubmit={(e) => {
          e.preventDefault();
          const bytes = parseBinary(text, format);
          if (bytes === null) tell(`The data is not valid binary data. Enter bytes as ${EXAMPLE[format]}.`);
          else onOk(bytes);
        }}
      >
        <Field label="Data" className="stacked">
          {(id) => <textarea id={id} rows={6} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} data-autofocus />}
        </Field>
        <div className="regedt-bottom">
          <Radios legend="Data Format" value={format} onChange={changeFormat} options={[['Binary', 'binary'], ['Hex', 'hex']]} />
          <EditorButtons onCancel={onCancel} layout="row" />
        </div>
      </form>
    </ModalDialog>
  );
}
