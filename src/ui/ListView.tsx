import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Point } from './menu-types.ts';
import { isContextMenuKey, pointBelow } from './use-context-menu.tsx';

export type ListColumn = { label: string; width?: number };
export type ListRow = { id: string; cells: ReactNode[]; icon?: ReactNode };

export type ListViewProps = {
  label: string;
  columns: ListColumn[];
  rows: ListRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Double-click or Enter. */
  onActivate?: (id: string) => void;
  onContextMenu?: (id: string, at: Point) => void;
  className?: string;
};

/** Report-view list (Services, Event Viewer, Cluster Administrator's right pane) on a 98.css table. */
export function ListView(props: ListViewProps) {
  const { label, columns, rows, selectedId, onSelect, onActivate, onContextMenu, className } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const hasIcons = rows.some((r) => r.icon);
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);
  const tabStop = selectedIndex >= 0 ? selectedIndex : 0;

  const focusRow = (i: number) => {
    const row = rows[i];
    if (!row) return;
    onSelect(row.id);
    bodyRef.current?.querySelectorAll<HTMLElement>('tr')[i]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const i = rows.findIndex((r) => r.id === (e.target as HTMLElement).dataset.rowId);
    if (i < 0) return;
    const page = Math.max(1, Math.floor((bodyRef.current?.parentElement?.parentElement?.clientHeight ?? 0) / 16) - 1);
    if (isContextMenuKey(e)) onContextMenu?.(rows[i].id, pointBelow(e.target as Element));
    else if (e.key === 'ArrowDown') focusRow(Math.min(rows.length - 1, i + 1));
    else if (e.key === 'ArrowUp') focusRow(Math.max(0, i - 1));
    else if (e.key === 'PageDown') focusRow(Math.min(rows.length - 1, i + page));
    else if (e.key === 'PageUp') focusRow(Math.max(0, i - page));
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rows.length - 1);
    else if (e.key === 'Enter') onActivate?.(rows[i].id);
    else if (e.key === ' ') onSelect(rows[i].id);
    else return;
    e.preventDefault();
  };

  return (
    <div className={`sunken-panel list-view ${className ?? ''}`}>
      <table className="interactive" aria-label={label}>
        <thead>
          <tr>
            {hasIcons && (
              <th scope="col" className="list-icon-col">
                <span className="visually-hidden">Type</span>
              </th>
            )}
            {columns.map((c) => (
              <th key={c.label} scope="col" style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {rows.map((row, i) => (
            <tr
              key={row.id}
              data-row-id={row.id}
              aria-selected={row.id === selectedId}
              tabIndex={i === tabStop ? 0 : -1}
              className={row.id === selectedId ? 'highlighted' : undefined}
              onClick={() => focusRow(i)}
              onDoubleClick={() => onActivate?.(row.id)}
              onContextMenu={(e) => {
                if (!onContextMenu) return;
                e.preventDefault();
                focusRow(i);
                onContextMenu(row.id, { x: e.clientX, y: e.clientY });
              }}
            >
              {hasIcons && <td className="list-icon-col">{row.icon}</td>}
              {row.cells.map((cell, c) => (
                <td key={columns[c]?.label ?? c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
