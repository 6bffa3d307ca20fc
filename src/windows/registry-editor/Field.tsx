import { useId, type ReactNode } from 'react';

type Props = {
  /** Accessible name, shown followed by a colon as NT dialogs do. */
  label: string;
  children: (id: string) => ReactNode;
  className?: string;
};

/** A labelled control row: "Key Name: [______]". The colon is drawn but not part of the name. */
export function Field({ label, children, className }: Props) {
  const id = useId();
  return (
    <div className={`regedt-field ${className ?? ''}`}>
      <span className="regedt-caption">
        <label htmlFor={id}>{label}</label>
        <span aria-hidden="true">:</span>
      </span>
      {children(id)}
    </div>
  );
}

/** OK (default), Cancel and an inert Help, stacked or in a row. */
export function EditorButtons({ onCancel, layout = 'column' }: { onCancel: () => void; layout?: 'column' | 'row' }) {
  return (
    <div className={`regedt-buttons ${layout}`}>
      <button type="submit" className="default">
        OK
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" disabled>
        Help
      </button>
    </div>
  );
}
