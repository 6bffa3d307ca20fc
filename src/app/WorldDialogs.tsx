import { useShallow } from 'zustand/react/shallow';
import { sendLab, useLab } from '../store/lab-session.ts';
import type { NodeName } from '../sim/world/names.ts';
import { MessageBox } from '../ui/MessageBox.tsx';

/**
 * Message boxes the simulation raised on this console (Services errors, Backup errors, …). A
 * Command Prompt prints its own messages instead, so the boxes addressed to it are not drawn.
 */
export function WorldDialogs({ node }: { node: NodeName }) {
  const dialogs = useLab(useShallow((s) => s.snapshot.context.world.dialogs.filter((d) => d.node === node && d.app !== 'command-prompt')));
  const top = dialogs[0];
  if (!top) return null;
  return (
    <MessageBox
      key={top.id}
      title={top.title}
      icon={top.icon}
      message={top.text}
      buttons="ok"
      onResult={() => sendLab({ type: 'dialog.dismiss', id: top.id })}
    />
  );
}
