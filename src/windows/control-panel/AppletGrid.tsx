import { useRef, type KeyboardEvent } from 'react';
import { AppletIcon } from './applet-icons.tsx';
import type { Applet } from './applets.ts';

export type ViewMode = 'large' | 'small' | 'list';
type Props = {
  applets: readonly Applet[];
  selected: string | null;
  view: ViewMode;
  onSelect: (label: string) => void;
  onOpen: (applet: Applet) => void;
};

/** Items per visual row, read from the layout (the grid wraps with the window's width). */
function perRow(list: HTMLElement | null): number {
  const items = [...(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  const top = items[0]?.offsetTop;
  const n = items.findIndex((el) => el.offsetTop !== top);
  return n <= 0 ? Math.max(1, items.length) : n;
}

/** Explorer's icon view of the Control Panel folder as an APG listbox: arrows move, Enter or double-click opens. */
export function AppletGrid({ applets, selected, view, onSelect, onOpen }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const index = applets.findIndex((a) => a.label === selected);
  const tabStop = index >= 0 ? index : 0;

  const moveTo = (i: number) => {
    const a = applets[Math.max(0, Math.min(applets.length - 1, i))];
    onSelect(a.label);
    listRef.current?.querySelector<HTMLElement>(`[data-applet="${CSS.escape(a.label)}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = applets.findIndex((a) => a.label === (e.target as HTMLElement).dataset.applet);
    if (i < 0) return;
    const row = view === 'list' ? 1 : perRow(listRef.current);
    if (e.key === 'ArrowRight') moveTo(i + 1);
    else if (e.key === 'ArrowLeft') moveTo(i - 1);
    else if (e.key === 'ArrowDown') moveTo(i + row);
    else if (e.key === 'ArrowUp') moveTo(i - row);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(applets.length - 1);
    else if (e.key === 'Enter') onOpen(applets[i]);
    else if (e.key.length === 1 && /\S/.test(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // Explorer's type-ahead: the next item starting with that letter.
      const c = e.key.toLowerCase();
      const next = [...applets.slice(i + 1), ...applets.slice(0, i + 1)].find((a) => a.label.toLowerCase().startsWith(c));
      if (!next) return;
      moveTo(applets.indexOf(next));
    } else return;
    e.preventDefault();
  };

  return (
    <ul ref={listRef} role="listbox" aria-label="Control Panel" aria-orientation="horizontal" className={`cpl-grid cpl-${view}`} onKeyDown={onKeyDown}>
      {applets.map((a, i) => (
        <li
          key={a.label}
          role="option"
          data-applet={a.label}
          aria-selected={a.label === selected}
          tabIndex={i === tabStop ? 0 : -1}
          className="cpl-item"
          onClick={() => moveTo(i)}
          onDoubleClick={() => onOpen(a)}
        >
          <AppletIcon name={a.icon} size={view === 'large' ? 32 : 16} />
          <span className="cpl-label">{a.label}</span>
        </li>
      ))}
    </ul>
  );
}
