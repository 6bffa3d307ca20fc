import { useState } from 'react';
import { regeditKind, regeditWrite, valueBytes, type RegeditKind } from '../../sim/selectors/regedit.ts';
import type { SimEvent } from '../../sim/events.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { sendLab } from '../../store/lab-session.ts';
import type { RegeditTree } from './use-regedit-tree.ts';

/** The value editor open, with what it starts from. */
export type RegeditEditor = { kind: RegeditKind; name: string; text: string; bytes: number[]; number: number };

/** A Regedit message box; `then` runs after Yes. */
export type RegeditMessage = { title: string; text: string; icon: 'error' | 'warning' | 'question'; buttons: 'ok' | 'yesNo'; then?: () => void };

const send = (event: SimEvent): string | null => refusalOf(sendLab(event));

/** What Regedit's menus and keys do. Outcomes (and what a save does to a value's type) are the simulation's. */
export function useRegeditCommands(node: NodeName, t: RegeditTree) {
  const [editor, setEditor] = useState<RegeditEditor | null>(null);
  const [message, setMessage] = useState<RegeditMessage | null>(null);
  const tell = (text: string) => setMessage({ title: 'Registry Editor', text, icon: 'error', buttons: 'ok' });

  const modify = (name = t.selectedValue) => {
    if (name === null || t.worldPath === null) return;
    const value = t.valueOf(name);
    const kind = value ? regeditKind(value.type) : 'string';
    setEditor({
      kind,
      name,
      text: value && kind === 'string' ? String(value.data) : '',
      bytes: value ? valueBytes(value) : [],
      number: value && kind === 'dword' ? Number(value.data) : 0,
    });
  };

  const save = (data: string | number | number[]) => {
    if (!editor || t.worldPath === null) return;
    const { valueType, data: written } = regeditWrite(editor.kind, data);
    const error = send({ type: 'registry.setValue', node, path: t.worldPath, name: editor.name, valueType, data: written });
    if (error) return tell(`Cannot edit ${editor.name || '(Default)'}: Error writing the value's new contents.\n\n${error}`);
    setEditor(null);
  };

  /** Edit > Delete: the selected value when the list has focus, else the selected key. */
  const deleteSelected = (target: 'tree' | 'values') => {
    const path = t.worldPath;
    if (path === null) return;
    const name = target === 'values' ? t.selectedValue : null;
    if (target === 'values' && (name === null || !t.valueOf(name))) return;
    const run = () => {
      const error = name !== null ? send({ type: 'registry.deleteValue', node, path, name }) : send({ type: 'registry.deleteKey', node, path });
      if (error) tell(name !== null ? `Unable to delete all specified values.\n\n${error}` : `Cannot delete ${t.selectedPath.split('\\').at(-1)}: Error while deleting key.\n\n${error}`);
    };
    setMessage(
      name !== null
        ? { title: 'Confirm Value Delete', icon: 'question', buttons: 'yesNo', text: 'Are you sure you want to delete this value?', then: run }
        : { title: 'Confirm Key Delete', icon: 'question', buttons: 'yesNo', text: 'Are you sure you want to delete this key and all of its subkeys?', then: run },
    );
  };

  return { editor, message, modify, save, deleteSelected, closeEditor: () => setEditor(null), closeMessage: () => setMessage(null), tell };
}

export type RegeditCommands = ReturnType<typeof useRegeditCommands>;
