import { MessageBox } from '../../ui/MessageBox.tsx';
import { AddKeyDialog } from './AddKeyDialog.tsx';
import { AddValueDialog } from './AddValueDialog.tsx';
import { BinaryEditor } from './BinaryEditor.tsx';
import { DwordEditor } from './DwordEditor.tsx';
import type { EditorProps } from './editor-types.ts';
import { MultiStringEditor } from './MultiStringEditor.tsx';
import { StringEditor } from './StringEditor.tsx';
import type { RegistryCommands } from './use-registry-commands.ts';
import type { EditorKind } from './value-parsing.ts';

const EDITORS: Record<EditorKind, (p: EditorProps) => React.JSX.Element> = {
  string: StringEditor,
  dword: DwordEditor,
  binary: BinaryEditor,
  multi: MultiStringEditor,
};

/** The open dialog (Add Key, Add Value, a value editor) and any message box above it. */
export function RegistryDialogs({ cmd }: { cmd: RegistryCommands }) {
  const { dialog, message } = cmd;
  let box = null;
  if (dialog?.kind === 'addKey') box = <AddKeyDialog onOk={cmd.submitAddKey} onCancel={cmd.closeDialog} />;
  else if (dialog?.kind === 'addValue') box = <AddValueDialog onOk={cmd.submitAddValue} onCancel={cmd.closeDialog} />;
  else if (dialog?.kind === 'edit') {
    const Editor = EDITORS[dialog.editor];
    box = (
      <Editor
        key={`${dialog.name}:${dialog.type}`}
        data={dialog.data}
        onOk={(data) => cmd.submitValue(dialog.name, dialog.type, data)}
        onCancel={cmd.closeDialog}
        tell={cmd.tell}
      />
    );
  }
  return (
    <>
      {box}
      {message && (
        <MessageBox
          title={message.title}
          icon={message.icon}
          message={message.text}
          buttons={message.buttons}
          onResult={(result) => {
            cmd.closeMessage();
            if (result === 'ok' || result === 'yes') message.then?.();
          }}
        />
      )}
    </>
  );
}
