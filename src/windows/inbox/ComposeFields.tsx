import { useId } from 'react';

export type Draft = { to: string; cc: string; subject: string; body: string; receipt: boolean; readReceipt: boolean; importance: 'High' | 'Normal' | 'Low' };
type Change = (patch: Partial<Draft>) => void;

/** To / Cc / Subject and the message text. "To..." and "Cc..." look like the client's address buttons. */
export function MessageFields({ draft, onChange }: { draft: Draft; onChange: Change }) {
  const id = useId();
  const line = (key: 'to' | 'cc' | 'subject', label: string, button: boolean) => (
    <div className="compose-line">
      <span className={button ? 'compose-address' : 'compose-caption'}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <span aria-hidden="true">{button ? '...' : ':'}</span>
      </span>
      <input id={`${id}-${key}`} type="text" value={draft[key]} onChange={(e) => onChange({ [key]: e.target.value })} data-autofocus={key === 'to' || undefined} />
    </div>
  );
  return (
    <div className="compose-fields">
      {line('to', 'To', true)}
      {line('cc', 'Cc', true)}
      {line('subject', 'Subject', false)}
      <textarea aria-label="Message text" className="compose-body" value={draft.body} onChange={(e) => onChange({ body: e.target.value })} />
    </div>
  );
}

/** What the client's message Properties offer: receipts and importance. */
export function OptionFields({ draft, onChange }: { draft: Draft; onChange: Change }) {
  const id = useId();
  return (
    <div className="compose-options">
      <fieldset>
        <legend>Tracking</legend>
        <div className="field-row">
          <input id={`${id}-dr`} type="checkbox" checked={draft.receipt} onChange={(e) => onChange({ receipt: e.target.checked })} />
          <label htmlFor={`${id}-dr`}>Request a delivery receipt</label>
        </div>
        <div className="field-row">
          <input id={`${id}-rr`} type="checkbox" checked={draft.readReceipt} onChange={(e) => onChange({ readReceipt: e.target.checked })} />
          <label htmlFor={`${id}-rr`}>Request a read receipt</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Importance</legend>
        {(['High', 'Normal', 'Low'] as const).map((level) => (
          <div key={level} className="field-row">
            <input id={`${id}-${level}`} type="radio" name={`${id}-importance`} checked={draft.importance === level} onChange={() => onChange({ importance: level })} />
            <label htmlFor={`${id}-${level}`}>{level}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
