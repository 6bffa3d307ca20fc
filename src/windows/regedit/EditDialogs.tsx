import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { HexEditor } from './HexEditor.tsx';
import { parseHex } from './hex-dump.ts';
import type { RegeditCommands, RegeditEditor } from './use-regedit-commands.ts';

type Props = { editor: RegeditEditor; cmd: RegeditCommands };

/** "Value name:" above "Value data:", then OK and Cancel, as all three Regedit editors lay out. */
function EditFrame({ title, name, onSubmit, onCancel, children }: { title: string; name: string; onSubmit: () => void; onCancel: () => void; children: ReactNode }) {
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <ModalDialog title={title} onCancel={onCancel} className="regedit-dialog">
      <form className="regedit-form" onSubmit={submit}>
        <div className="regedit-stack">
          <label htmlFor={id}>Value name:</label>
          <input id={id} type="text" readOnly value={name || '(Default)'} />
        </div>
        {children}
        <div className="regedit-buttons">
          <button type="submit" className="default">
            OK
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

export function EditString({ editor, cmd }: Props) {
  const id = useId();
  const [text, setText] = useState(editor.text);
  return (
    <EditFrame title="Edit String" name={editor.name} onSubmit={() => cmd.save(text)} onCancel={cmd.closeEditor}>
      <label htmlFor={id}>Value data:</label>
      <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />
    </EditFrame>
  );
}

export function EditDword({ editor, cmd }: Props) {
  const id = useId();
  const [base, setBase] = useState<16 | 10>(16);
  const [text, setText] = useState(editor.number.toString(16));
  const parse = (t: string, b: 16 | 10) => {
    const digits = t.trim();
    if (digits === '') return 0;
    return (b === 16 ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits) ? parseInt(digits, b) : NaN;
  };
  const switchTo = (next: 16 | 10) => {
    const n = parse(text, base);
    if (Number.isFinite(n)) setText(n.toString(next));
    setBase(next);
  };
  const submit = () => {
    const n = parse(text, base);
    if (!Number.isInteger(n) || n > 0xffffffff) return cmd.tell('The value data is not a valid DWORD.');
    cmd.save(n);
  };
  return (
    <EditFrame title="Edit DWORD Value" name={editor.name} onSubmit={submit} onCancel={cmd.closeEditor}>
      <div className="regedit-dword">
        <div className="regedit-stack">
          <label htmlFor={id}>Value data:</label>
          <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />
        </div>
        <fieldset>
          <legend>Base</legend>
          {([['Hexadecimal', 16], ['Decimal', 10]] as const).map(([label, b]) => (
            <div key={b} className="field-row">
              <input type="radio" id={`${id}-${b}`} name={`${id}-base`} checked={base === b} onChange={() => switchTo(b)} />
              <label htmlFor={`${id}-${b}`}>{label}</label>
            </div>
          ))}
        </fieldset>
      </div>
    </EditFrame>
  );
}

export function EditBinary({ editor, cmd }: Props) {
  const [text, setText] = useState<string | null>(null);
  const submit = () => {
    const bytes = text === null ? editor.bytes : parseHex(text);
    if (bytes === null) return cmd.tell('The value data must be hexadecimal digits, two for each byte.');
    cmd.save(bytes);
  };
  return (
    <EditFrame title="Edit Binary Value" name={editor.name} onSubmit={submit} onCancel={cmd.closeEditor}>
      <HexEditor bytes={editor.bytes} onChange={setText} />
    </EditFrame>
  );
}
