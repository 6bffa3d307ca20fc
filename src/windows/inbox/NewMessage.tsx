import { useState } from 'react';
import { MenuBar } from '../../ui/MenuBar.tsx';
import type { MenuSpec } from '../../ui/menu-types.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { MessageFields, OptionFields, type Draft } from './ComposeFields.tsx';
import { EnvelopeIcon } from './mail-icons.tsx';

export type Outgoing = { to: string; subject: string; receipt: boolean };

type Props = {
  /** Sends the message; returns false when the client refused it (the caller shows why). */
  onSend: (message: Outgoing) => boolean;
  onClose: () => void;
};

const EMPTY: Draft = { to: '', cc: '', subject: '', body: '', receipt: false, readReceipt: false, importance: 'Normal' };

/** Compose > New Message: To, Cc, Subject, text, and the delivery receipt Q247109's test asks for. */
export function NewMessage({ onSend, onClose }: Props) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [tab, setTab] = useState('message');
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const send = () => {
    if (onSend({ to: draft.to, subject: draft.subject, receipt: draft.receipt })) onClose();
  };
  const menus: MenuSpec[] = [
    { label: '&File', items: [{ label: '&Send', shortcut: 'Ctrl+Enter', onSelect: send }, 'separator', { label: '&Close', onSelect: onClose }] },
    { label: '&Edit', items: [{ label: '&Undo', disabled: true }, 'separator', { label: 'Cu&t', disabled: true }, { label: '&Copy', disabled: true }, { label: '&Paste', disabled: true }] },
    { label: '&Tools', items: [{ label: '&Options...', onSelect: () => setTab('options') }] },
    { label: '&Help', items: [{ label: 'Microsoft Exchange &Help Topics', disabled: true }] },
  ];
  return (
    <ModalDialog title="New Message" onCancel={onClose} className="inbox-compose">
      <div
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.ctrlKey) {
            e.preventDefault();
            send();
          }
        }}
      >
        <MenuBar menus={menus} label="New Message menu bar" />
        <div role="toolbar" aria-label="Message toolbar" className="inbox-toolbar">
          <button type="button" className="tool-button" onClick={send}>
            <EnvelopeIcon />
            <span>Send</span>
          </button>
        </div>
        <Tabs
          label="Message"
          selectedId={tab}
          onSelect={setTab}
          tabs={[
            { id: 'message', label: 'Message', content: <MessageFields draft={draft} onChange={change} /> },
            { id: 'options', label: 'Options', content: <OptionFields draft={draft} onChange={change} /> },
          ]}
        />
      </div>
    </ModalDialog>
  );
}
