import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import type { EditorProps } from './editor-types.ts';
import { EditorButtons, Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { formatDword, parseDword, type Radix } from './value-parsing.ts';

const RANGE: Record<Radix, string> = {
  binary: 'a binary number of up to 32 digits',
  decimal: 'a decimal number from 0 to 4294967295',
  hex: 'a hexadecimal number from 0 to ffffffff',
};

/** REG_DWORD, with Radix Binary / Decimal / Hex (Hex by default, Q200941). */
export function DwordEditor({ data, onOk, onCancel, tell }: EditorProps) {
  const [radix, setRadix] = useState<Radix>('hex');
  const [text, setText] = useState(formatDword(typeof data === 'number' ? data : 0, 'hex'));
  const changeRadix = (next: Radix) => {
    // Like Regedt32, switching the radix shows the same number in the new base.
    const n = parseDword(text, radix);
    if (n !== null) setText(formatDword(n, next));
    setRadix(next);
  };
  return (
    <ModalDialog title="DWORD Editor" onCancel={onCancel} className="regedt-dialog">
      <form
        className="regedt-form side"
        onSubmit={(e) => {
          e.preventDefault();
          const n = parseDword(text, radix);
          if (n === null) tell(`The data is not a valid DWORD. Enter ${RANGE[radix]}.`);
          else onOk(n);
        }}
      >
        <div className="regedt-fields">
          <Field label="Data">{(id) => <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />}</Field>
          <Radios legend="Radix" value={radix} onChange={changeRadix} options={[['Binary', 'binary'], ['Decimal', 'decimal'], ['Hex', 'hex']]} />
        </div>
        <EditorButtons onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
