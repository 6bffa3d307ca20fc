import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type TabSpec = { id: string; label: string; content: ReactNode };

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

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
  const panelRef = useRef<HTMLDivElement>(null);
  // APG: the panel is a Tab stop only when nothing in it can take focus (an NT tab page with
  // controls never is). Checked after every render, as the page's contents may change.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (panel?.querySelector(FOCUSABLE)) panel.removeAttribute('tabindex');
    else if (panel) panel.tabIndex = 0;
  });

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
        <div
          ref={panelRef}
          id={`${base}-panel`}
          className="window tab-panel"
          role="tabpanel"
          aria-labelledby={`${base}-tab-${active.id}`}
        >
          <div className="window-body">{active.content}</div>
        </div>
      )}
    </div>
  );
}
