import type { MessageRow } from '../../sim/selectors/inbox.ts';
import { ListView, type ListRow } from '../../ui/ListView.tsx';
import { EnvelopeIcon, ReceiptIcon } from './mail-icons.tsx';

type Props = {
  folder: string;
  rows: MessageRow[];
  readIds: number[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
};

const COLUMNS = [{ label: 'From', width: 150 }, { label: 'Subject', width: 220 }, { label: 'Received' }];

/** The message list (From, Subject, Received); unread messages are bold, as in the Exchange client. */
export function MessagePane({ folder, rows, readIds, selectedId, onSelect, onOpen }: Props) {
  const listRows: ListRow[] = rows.map((m) => {
    const unread = folder === 'Inbox' && !readIds.includes(m.id);
    const cell = (text: string) => (unread ? <b>{text}</b> : text);
    return {
      id: String(m.id),
      icon: m.kind === 'receipt' ? <ReceiptIcon /> : <EnvelopeIcon open={folder === 'Inbox' && !unread} />,
      cells: [cell(m.from), cell(m.subject), cell(m.received)],
    };
  });
  return (
    <ListView
      label={`${folder} messages`}
      className="inbox-messages"
      columns={COLUMNS}
      rows={listRows}
      selectedId={selectedId === null ? null : String(selectedId)}
      onSelect={(id) => onSelect(Number(id))}
      onActivate={(id) => onOpen(Number(id))}
    />
  );
}
