import { useId, useState, type KeyboardEvent } from 'react';

type Props = {
  id: string;
  /** Accessible name without the visible label's colon. */
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** Accessible name of the drop-down list. */
  listLabel: string;
};

/**
 * An editable drop-down combo box (APG combobox with a listbox popup). Typing is free; Alt+Down or
 * F4 opens the list, Up/Down pick the next name as in Windows, Enter and Escape close the list
 * without reaching the dialog.
 */
export function ComboBox({ id, label, value, options, onChange, listLabel }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const at = options.findIndex((o) => o.toUpperCase() === value.trim().toUpperCase());

  const show = () => {
    setActive(Math.max(0, at));
    setOpen(true);
  };
  const pick = (i: number) => {
    onChange(options[i]);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if ((e.altKey && step) || e.key === 'F4') {
      if (open) setOpen(false);
      else show();
    } else if (step && open) setActive((active + step + options.length) % options.length);
    else if (step) onChange(options[Math.min(options.length - 1, Math.max(0, at + step))]);
    else if (open && (e.key === 'Enter' || e.key === 'Escape')) {
      if (e.key === 'Enter') pick(active);
      else setOpen(false);
      e.stopPropagation();
    } else return;
    e.preventDefault();
  };

  return (
    <span className="nt-combo">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="none"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <button type="button" tabIndex={-1} aria-hidden className="nt-combo-button" onMouseDown={(e) => e.preventDefault()} onClick={() => (open ? setOpen(false) : show())} />
      {open && (
        <ul id={listId} role="listbox" aria-label={listLabel} className="nt-combo-list">
          {options.map((o, i) => (
            <li
              key={o}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(i)}
            >
              {o}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
