import { useRef, type KeyboardEvent } from 'react';
import type { ValueLine } from '../../sim/selectors/registry-editor.ts';

type Props = {
  values: ValueLine[];
  selected: string | null;
  onSelect: (name: string) => void;
  /** Enter or double-click: open the value's editor. */
  onEdit: (name: string) => void;
  onDelete: () => void;
  onFocus: () => void;
};

/** The data pane: one `Name : REG_TYPE : data` line per value, as Regedt32 draws it. */
export function ValuePane({ values, selected, onSelect, onEdit, onDelete, onFocus }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const at = values.findIndex((v) => v.name === selected);
  const tabStop = at >= 0 ? at : 0;

  const focusAt = (i: number) => {
    const v = values[i];
    if (!v) return;
    onSelect(v.name);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = values.findIndex((v) => v.name === (e.target as HTMLElement).dataset.value);
    if (e.key === 'ArrowDown') focusAt(Math.min(values.length - 1, i + 1));
    else if (e.key === 'ArrowUp') focusAt(Math.max(0, i - 1));
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(values.length - 1);
    else if (e.key === 'Enter' && i >= 0) onEdit(values[i].name);
    else if (e.key === ' ' && i >= 0) onSelect(values[i].name);
    else if (e.key === 'Delete' && i >= 0) onDelete();
    else return;
    e.preventDefault();
  };

  return (
    <div className="regedt-values">
      <ul
        ref={listRef}
        role="listbox"
        aria-label="Values"
        tabIndex={values.length === 0 ? 0 : -1}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {values.map((v, i) => (
          <li
            key={v.name}
            role="option"
            data-value={v.name}
            aria-selected={v.name === selected}
            tabIndex={i === tabStop ? 0 : -1}
            onClick={() => focusAt(i)}
            onFocus={() => v.name !== selected && onSelect(v.name)}
            onDoubleClick={() => onEdit(v.name)}
          >
            {v.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
