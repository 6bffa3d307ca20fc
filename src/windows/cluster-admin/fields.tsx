import { useId, type ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';

/** A labelled read-only text box, NT 4 property-page style (label left, box right). */
export function Field({ label, value, width, suffix }: { label: string; value: string | number; width?: number; suffix?: string }) {
  const id = useId();
  return (
    <div className="cluadmin-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" readOnly value={value} className={width ? 'cluadmin-fixed' : undefined} style={width ? { width } : undefined} />
      {suffix && <span className="cluadmin-suffix">{suffix}</span>}
    </div>
  );
}

/** A label and a plain value (no box), as the General pages show type, group, state and node. */
export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="cluadmin-fact">
      <span>{label}</span>
      <span>{value}</span>
    </div>
  );
}

/** A read-only list box (possible owners, dependencies, registry keys). */
export function ReadList({ label, items, action }: { label: string; items: ReactNode[]; action?: string }) {
  const id = useId();
  return (
    <div className="cluadmin-readlist">
      <span id={id}>{label}</span>
      <div className="cluadmin-readlist-row">
        <ul className="sunken-panel" aria-labelledby={id}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
        {action && (
          <button type="button" disabled>
            {action}
          </button>
        )}
      </div>
    </div>
  );
}

/** A checkbox or radio that shows a setting without changing it (the lab's sheets are read-only). */
export function Choice({ type, label, checked, name }: { type: 'checkbox' | 'radio'; label: string; checked: boolean; name?: string }) {
  const id = useId();
  return (
    <div className="field-row">
      <input id={id} type={type} name={name} checked={checked} readOnly />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A node in an owners list, with its computer icon. */
export const ownerItem = (node: string) => (
  <span className="cluadmin-owner">
    <Icon name="computer" />
    {node}
  </span>
);

/** An editable number box, NT 4 property-page style; the sheet validates it on OK or Apply (MFC DDX). */
export function NumberField({ label, value, onChange, width, suffix, disabled, hideLabel }: {
  label: string; value: string; onChange: (v: string) => void; width: number; suffix?: string; disabled?: boolean; hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <div className="cluadmin-field">
      <label htmlFor={id} className={hideLabel ? 'cluadmin-hidden-label' : undefined}>{label}</label>
      <input id={id} type="text" inputMode="numeric" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}
        className="cluadmin-fixed" style={{ width }} />
      {suffix && <span className="cluadmin-suffix">{suffix}</span>}
    </div>
  );
}

/** A radio button the trainee can set. */
export function Radio({ label, name, checked, onChange, disabled }: { label: string; name: string; checked: boolean; onChange: () => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field-row">
      <input id={id} type="radio" name={name} checked={checked} disabled={disabled} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
