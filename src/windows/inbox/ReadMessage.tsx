import { useId } from 'react';
import { messageText, type MessageRow } from '../../sim/selectors/inbox.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/** A message opened from the list: its header and text (a delivery receipt carries the delivery report). */
export function ReadMessage({ message, onClose }: { message: MessageRow; onClose: () => void }) {
  const id = useId();
  const header: [string, string][] = [
    ['From', message.from],
    [message.kind === 'receipt' ? 'Date' : 'Sent', message.kind === 'receipt' ? message.received : message.sent],
    ['To', message.to],
    ['Subject', message.subject],
  ];
  return (
    <ModalDialog title={message.subject} onCancel={onClose} className="inbox-read">
      <dl className="read-header">
        {header.map(([label, value]) => (
          <div key={label}>
            <dt id={`${id}-${label}`}>{label}:</dt>
            <dd aria-labelledby={`${id}-${label}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <textarea aria-label="Message text" className="compose-body" readOnly value={messageText(message)} />
      <div className="dialog-buttons">
        <button type="button" className="default" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
