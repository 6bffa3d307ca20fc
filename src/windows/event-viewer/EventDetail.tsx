import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useEffect, useId, useRef, useState } from 'react';
import { formatEventDate, formatEventTime } from '../../sim/format.ts';
import type { EventLogEntry } from '../../sim/world/types.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { parseMnemonic } from '../../ui/mnemonic.tsx';

type Props = {
  entry: EventLogEntry;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
};

/** NT 4 Event Viewer's Event Detail box (Q129549, Q124653): header fields, Description, Data. */
export function EventDetail({ entry, hasPrevious, hasNext, onPrevious, onNext, onClose }: Props) {
  const id = useId();
  const [format, setFormat] = useState<'bytes' | 'words'>('bytes');
  const [help, setHelp] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Next (or Previous) greys out at the end of the log while it has focus: keep focus in the box.
  useEffect(() => {
    const el = document.activeElement;
    if (el === document.body || (el instanceof HTMLButtonElement && el.disabled)) closeRef.current?.focus();
  });
  const field = (label: string, value: string | number) => (
    <div className="evd-field">
      <label htmlFor={`${id}-${label}`}>{label}:</label>
      <output id={`${id}-${label}`}>{value}</output>
    </div>
  );
  const button = (label: string, onClick: () => void, disabled = false) => (
    <button type="button" ref={label === 'Close' ? closeRef : undefined} disabled={disabled} onClick={onClick} className={label === 'Close' ? 'default' : undefined} data-autofocus={label === 'Close' || undefined}>
      {parseMnemonic(label).node}
    </button>
  );
  return (
    <ModalDialog title="Event Detail" onCancel={onClose} className="evd">
      <div
        onKeyDown={(e) => {
          if (!e.altKey) return;
          if (e.code === 'KeyP' && hasPrevious) onPrevious();
          else if (e.code === 'KeyN' && hasNext) onNext();
          else return;
          e.preventDefault();
        }}
      >
        <div className="evd-header">
          <div>
            {field('Date', formatEventDate(entry.at))}
            {field('Time', formatEventTime(entry.at))}
            {field('User', entry.user)}
            {field('Computer', entry.computer)}
          </div>
          <div>
            {field('Event ID', entry.eventId)}
            {field('Source', entry.source)}
            {field('Type', entry.type)}
            {field('Category', entry.category)}
          </div>
        </div>
        <label htmlFor={`${id}-description`} className="evd-caption">
          Description:
        </label>
        <textarea id={`${id}-description`} className="evd-description" readOnly value={entry.description} rows={6} />
        <div className="evd-data-row field-row">
          <span id={`${id}-data`}>Data:</span>
          <input type="radio" id={`${id}-bytes`} name={`${id}-format`} checked={format === 'bytes'} onChange={() => setFormat('bytes')} />
          <label htmlFor={`${id}-bytes`}>Bytes</label>
          <input type="radio" id={`${id}-words`} name={`${id}-format`} checked={format === 'words'} onChange={() => setFormat('words')} />
          <label htmlFor={`${id}-words`}>Words</label>
        </div>
        <textarea aria-labelledby={`${id}-data`} className="evd-data" readOnly value={entry.data ?? ''} rows={3} />
        <div className="dialog-buttons evd-buttons">
          {button('Close', onClose)}
          {button('&Previous', onPrevious, !hasPrevious)}
          {button('&Next', onNext, !hasNext)}
          {button('&Help', () => setHelp(true))}
        </div>
      </div>
      {help && <HelpMissing program="event-viewer" onClose={() => setHelp(false)} />}
    </ModalDialog>
  );
}
