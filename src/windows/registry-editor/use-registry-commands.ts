import { useState } from 'react';
import { branchPaths } from '../../sim/selectors/registry-editor.ts';
import type { SimEvent } from '../../sim/events.ts';
import type { NodeName } from '../../sim/world/names.ts';
import type { RegData, RegType } from '../../sim/world/types.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { sendLab } from '../../store/lab-session.ts';
import type { MessageBoxIcon } from '../../ui/MessageBox.tsx';
import { registrySettings } from './settings-store.ts';
import type { HiveState, Pane } from './use-hive-state.ts';
import { editorFor, type EditorKind } from './value-parsing.ts';

export type RegDialog =
  | { kind: 'addKey' }
  | { kind: 'addValue' }
  /** A value editor; `data` is null for a value being added. */
  | { kind: 'edit'; editor: EditorKind; name: string; type: RegType; data: RegData | null };

/** A message box; `then` runs after OK (ok box) or Yes (question box). */
export type RegMessage = { title: string; text: string; icon: MessageBoxIcon; buttons: 'ok' | 'yesNo'; then?: () => void };

export const READ_ONLY_TEXT = 'The Registry Editor is in read-only mode. Changes are not saved.';
const DELETE_KEY_TEXT = 'Registry Editor will delete the currently selected key and all its subkeys. Do you want to continue?';
const DELETE_VALUE_TEXT = 'Registry Editor will delete the currently selected value. Do you want to continue?';

/** Sends a registry event; returns the engine's refusal, if any. */
const send = (event: SimEvent): string | null => refusalOf(sendLab(event));

/** Everything the menus and keys of the Registry Editor can do. Outcomes are the engine's. */
export function useRegistryCommands(node: NodeName, hive: HiveState) {
  const [dialog, setDialog] = useState<RegDialog | null>(null);
  const [message, setMessage] = useState<RegMessage | null>(null);
  const tell = (text: string, icon: MessageBoxIcon = 'error', then?: () => void) => setMessage({ title: 'Registry Editor', text, icon, buttons: 'ok', then });
  const readOnly = () => {
    if (!registrySettings.getState().readOnly) return false;
    tell(READ_ONLY_TEXT, 'warning');
    return true;
  };
  const path = hive.selectedPath;

  const editValue = (name = hive.selectedValue) => {
    const value = name === null ? undefined : hive.valueOf(name);
    if (name === null || !value) return;
    setDialog({ kind: 'edit', editor: editorFor(value.type), name, type: value.type, data: value.data });
  };

  /** Edit > Delete: the selected value when the data pane is the active one, else the selected key. */
  const deleteSelected = (target: Pane = hive.pane) => {
    if (readOnly()) return;
    const valueName = target === 'values' ? hive.selectedValue : null;
    const run = () => {
      const error =
        valueName !== null
          ? send({ type: 'registry.deleteValue', node, path, name: valueName })
          : send({ type: 'registry.deleteKey', node, path });
      if (error) tell(error);
    };
    if (!registrySettings.getState().confirmOnDelete) return run();
    setMessage({ title: 'Warning', icon: 'warning', buttons: 'yesNo', text: valueName !== null ? DELETE_VALUE_TEXT : DELETE_KEY_TEXT, then: run });
  };

  return {
    dialog,
    message,
    closeDialog: () => setDialog(null),
    closeMessage: () => setMessage(null),
    tell,
    addKey: () => readOnly() || setDialog({ kind: 'addKey' }),
    addValue: () => readOnly() || setDialog({ kind: 'addValue' }),
    editValue,
    /** Edit > String…, DWORD…: opens the selected value in that editor when it is of its type. */
    editAs: (editor: EditorKind) => {
      const value = hive.selectedValue === null ? undefined : hive.valueOf(hive.selectedValue);
      if (value && editorFor(value.type) === editor) editValue();
    },
    deleteSelected,
    submitAddKey: (name: string) => {
      const error = send({ type: 'registry.addKey', node, path, name });
      if (error) return tell(error);
      setDialog(null);
      hive.reveal(`${path}\\${name}`);
    },
    submitAddValue: (name: string, type: RegType) => setDialog({ kind: 'edit', editor: editorFor(type), name, type, data: null }),
    submitValue: (name: string, type: RegType, data: RegData) => {
      if (readOnly()) return setDialog(null);
      const error = send({ type: 'registry.setValue', node, path, name, valueType: type, data });
      if (error) return tell(error);
      setDialog(null);
      hive.selectValue(name);
    },
    expandOne: () => hive.setOpen(path, true),
    expandBranch: () => hive.expandMany(hive.selectedNode ? branchPaths(hive.selectedNode) : []),
    expandAll: () => hive.expandMany(branchPaths(hive.tree)),
    collapse: () => hive.setOpen(path, false),
  };
}

export type RegistryCommands = ReturnType<typeof useRegistryCommands>;
