import { useRef, useState, type KeyboardEvent } from 'react';
import { Icon, type IconName } from '../ui/Icon.tsx';

export type DesktopShortcut = { id: string; label: string; icon: IconName };

type Props = { shortcuts: DesktopShortcut[]; onOpen: (shortcut: DesktopShortcut) => void };

/** The desktop's icons as a listbox: click selects, double-click or Enter opens. */
export function DesktopIcons({ shortcuts, onOpen }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const tabStop = selected ?? shortcuts[0]?.id;

  const selectAt = (i: number) => {
    const s = shortcuts[Math.max(0, Math.min(shortcuts.length - 1, i))];
    setSelected(s.id);
    listRef.current?.querySelector<HTMLElement>(`[data-shortcut="${s.id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = shortcuts.findIndex((s) => s.id === (e.target as HTMLElement).dataset.shortcut);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') selectAt(i + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') selectAt(i - 1);
    else if (e.key === 'Home') selectAt(0);
    else if (e.key === 'End') selectAt(shortcuts.length - 1);
    else if (e.key === 'Enter') {
      setSelected(shortcuts[i].id);
      onOpen(shortcuts[i]);
    } else return;
    e.preventDefault();
  };

  return (
    <ul ref={listRef} role="listbox" aria-label="Desktop" aria-orientation="vertical" className="desktop-icons" onKeyDown={onKeyDown}>
      {shortcuts.map((s, i) => (
        <li
          key={s.id}
          role="option"
          data-shortcut={s.id}
          aria-selected={s.id === selected}
          tabIndex={s.id === tabStop ? 0 : -1}
          className="desktop-icon"
          onClick={() => selectAt(i)}
          onDoubleClick={() => onOpen(s)}
        >
          <Icon name={s.icon} size={32} />
          <span className="desktop-icon-label">{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
