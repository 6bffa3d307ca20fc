import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export type TabSpec = { id: string; label: string; content: ReactNode };

type Props = {
  label: string;
  tabs: TabSpec[];
  /** Controlled selection; leave undefined to let the component keep its own. */
  selectedId?: string;
  defaultSelectedId?: string;
  onSelect?: (id: string) => void;
};

/** APG tabs with automatic activation, drawn by 98.css `menu[role=tablist]`. */
export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelect }: Props) {
  const base = useId();
  const [own, setOwn] = useState(defaultSelectedId ?? tabs[0]?.id);
  const current = selectedId ?? own;
  const active = tabs.find((t) => t.id === current) ?? tabs[0];

  const select = (i: number, focus: boolean) => {
    const tab = tabs[(i + tabs.length) % tabs.length];
    setOwn(tab.id);
    onSelect?.(tab.id);
    if (focus) document.getElementById(`${base}-tab-${tab.id}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLMenuElement>) => {
    const i = tabs.findIndex((t) => t.id === active?.id);
    if (e.key === 'ArrowRight') select(i + 1, true);
    else if (e.key === 'ArrowLeft') select(i - 1, true);
    else if (e.key === 'Home') select(0, true);
    else if (e.key === 'End') select(tabs.length - 1, true);
    else return;
    e.preventDefault();
  };

  return (
    <div className="tabs">
      <menu role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => {
          const selected = tab.id === active?.id;
          return (
            <li
              key={tab.id}
              id={`${base}-tab-${tab.id}`}
              role="tab"
              aria-selected={selected}
              aria-controls={`${base}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(i, true)}
            >
              <span className="tab-label">{tab.label}</span>
            </li>
          );
        })}
      </menu>
      {active && (
        <div id={`${base}-panel`} className="window tab-panel" role="tabpanel" aria-labelledby={`${base}-tab-${active.id}`} tabIndex={0}>
          <div className="window-body">{active.content}</div>
        </div>
      )}
    </div>
  );
}
