import { useMemo } from 'react';
import { MAIL_FOLDERS, type MailFolder } from '../../sim/selectors/inbox.ts';
import type { TreeNode } from '../../ui/tree-model.ts';
import { TreeView } from '../../ui/TreeView.tsx';
import { useInboxUi } from './inbox-store.ts';
import { FolderIcon } from './mail-icons.tsx';

// Exchange 5.5: the profile's information service is the server mailbox, not a .pst.
const ROOT = 'Mailbox - Administrator';
const EXPANDED = [ROOT];

type Props = {
  /** Count shown after a folder's name: unread items in the Inbox, waiting items in the Outbox. */
  counts: Partial<Record<MailFolder, number>>;
};

/** The folder list: the server mailbox with Deleted Items, Inbox, Outbox and Sent Items. */
export function FolderPane({ counts }: Props) {
  const folder = useInboxUi((s) => s.folder);
  const openFolder = useInboxUi((s) => s.openFolder);
  const { Inbox: inbox = 0, Outbox: outbox = 0 } = counts;
  const nodes = useMemo<TreeNode[]>(() => {
    const label = (f: MailFolder) => {
      const n = f === 'Inbox' ? inbox : f === 'Outbox' ? outbox : 0;
      return n > 0 ? `${f} (${n})` : f;
    };
    return [
      {
        id: ROOT,
        label: ROOT,
        icon: <FolderIcon kind="store" />,
        children: MAIL_FOLDERS.map((f) => ({ id: f, label: label(f), icon: <FolderIcon kind={f} /> })),
      },
    ];
  }, [inbox, outbox]);
  return (
    <div className="inbox-folders">
      <TreeView
        label="Folders"
        nodes={nodes}
        selectedId={folder}
        expandedIds={EXPANDED}
        onSelect={(id) => id !== ROOT && openFolder(id as MailFolder)}
        onToggle={() => {}}
      />
    </div>
  );
}
