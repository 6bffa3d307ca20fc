import { useState } from 'react';
import { folderRows, outboxCount } from '../../sim/selectors/inbox.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { sendLab, useWorld } from '../../store/lab-session.ts';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { FolderPane } from './FolderPane.tsx';
import { inboxMenus } from './inbox-menus.ts';
import { useInboxUi } from './inbox-store.ts';
import { InboxToolbar } from './InboxToolbar.tsx';
import { MessagePane } from './MessagePane.tsx';
import { NewMessage, type Outgoing } from './NewMessage.tsx';
import { ReadMessage } from './ReadMessage.tsx';
import './inbox.css';

const ABOUT = 'Microsoft Exchange\nVersion 5.5\nCopyright © 1986-1997 Microsoft Corp.';

/** Windows Messaging / Exchange client: folder list, message list, compose and read windows. */
export function InboxBody({ node }: { node: NodeName }) {
  const ui = useInboxUi((s) => s);
  const mail = useWorld((w) => w.mail);
  const disk = useWorld((w) => w.disk);
  const rows = folderRows({ mail, disk }, ui.folder);
  const unread = folderRows({ mail, disk }, 'Inbox').filter((m) => !ui.readIds.includes(m.id)).length;
  const waiting = outboxCount({ mail });
  const [selected, setSelected] = useState<number | null>(null);
  const [composing, setComposing] = useState(false);
  const [reading, setReading] = useState<number | null>(null);
  const [box, setBox] = useState<{ title: string; text: string } | null>(null);
  const current = rows.find((r) => r.id === selected) ?? null;
  const open = (id: number) => {
    setReading(id);
    if (ui.folder === 'Inbox') ui.markRead(id);
  };
  const send = (m: Outgoing) => {
    const refusal = refusalOf(sendLab({ type: 'mail.send', node, ...m }));
    if (refusal) setBox({ title: 'Microsoft Exchange', text: refusal });
    return !refusal;
  };
  const menus = inboxMenus({
    hasSelection: current !== null,
    showFolders: ui.showFolders,
    onNewMessage: () => setComposing(true),
    onOpen: () => current && open(current.id),
    onMarkRead: (read) => current && ui.markRead(current.id, read),
    onToggleFolders: ui.toggleFolders,
    onExit: () => sendLab({ type: 'app.close', node, app: 'inbox' }),
    onAbout: () => setBox({ title: 'About Microsoft Exchange', text: ABOUT }),
  });
  const reader = rows.find((r) => r.id === reading);
  return (
    <div className="inbox-client">
      <MenuBar menus={menus} label="Inbox menu bar" />
      <InboxToolbar onNewMessage={() => setComposing(true)} onToggleFolders={ui.toggleFolders} onInbox={() => ui.openFolder('Inbox')} showFolders={ui.showFolders} />
      <div className={`inbox-split${ui.showFolders ? '' : ' no-folders'}`}>
        {ui.showFolders && <FolderPane counts={{ Inbox: unread, Outbox: waiting }} />}
        <MessagePane folder={ui.folder} rows={rows} readIds={ui.readIds} selectedId={current?.id ?? null} onSelect={setSelected} onOpen={open} />
      </div>
      <div className="status-bar">
        <p className="status-bar-field">
          {rows.length} {rows.length === 1 ? 'Item' : 'Items'}
          {ui.folder === 'Inbox' && unread > 0 ? `, ${unread} Unread` : ''}
        </p>
        <p className="status-bar-field">{waiting > 0 ? `${waiting} waiting in Outbox` : ''}</p>
      </div>
      {composing && <NewMessage onSend={send} onClose={() => setComposing(false)} />}
      {reader && <ReadMessage message={reader} onClose={() => setReading(null)} />}
      {box && <MessageBox title={box.title} icon={box.title.startsWith('About') ? 'information' : 'warning'} message={<span className="inbox-pre">{box.text}</span>} onResult={() => setBox(null)} />}
    </div>
  );
}
