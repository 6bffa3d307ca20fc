import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  checked: boolean;
  /** Some but not all children ticked (drawn grey, as NT Backup does). */
  mixed?: boolean;
  disabled?: boolean;
  onChange?: (checked: boolean) => void;
  onFocus?: () => void;
  className?: string;
};

/** A real checkbox with its label after it (98.css draws the box on the label). */
export function CheckItem({ label, checked, mixed = false, disabled, onChange, onFocus, className }: Props) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <span className={`nt-check ${className ?? ''}`}>
      <input ref={ref} id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange?.(e.target.checked)} onFocus={onFocus} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
