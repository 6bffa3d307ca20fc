import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ListView } from './ListView.tsx';

afterEach(cleanup);

const ROWS = [
  { id: 'ds', cells: ['Microsoft Exchange Directory', 'Started', 'Manual'] },
  { id: 'is', cells: ['Microsoft Exchange Information Store', 'Started', 'Manual'] },
  { id: 'mta', cells: ['Microsoft Exchange Message Transfer Agent', '', 'Manual'] },
];

function setup() {
  const onActivate = vi.fn();
  const onContextMenu = vi.fn();
  function Harness() {
    const [selected, setSelected] = useState<string | null>(null);
    return (
      <ListView
        label="Services"
        columns={[{ label: 'Service' }, { label: 'Status' }, { label: 'Startup' }]}
        rows={ROWS}
        selectedId={selected}
        onSelect={setSelected}
        onActivate={onActivate}
        onContextMenu={(id, at) => onContextMenu(id, at)}
      />
    );
  }
  render(<Harness />);
  const table = screen.getByRole('table', { name: 'Services' });
  const rows = () => within(table).getAllByRole('row').slice(1);
  return { onActivate, onContextMenu, table, rows };
}
const key = (name: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement!, { key: name, ...init });

describe('ListView', () => {
  test('is a named table with column headers and unselected rows, the first one tabbable', () => {
    const { table, rows } = setup();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Service', 'Status', 'Startup']);
    expect(rows().map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false']);
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
  });

  test('click selects; arrows, Home and End move selection and focus together', () => {
    const { rows } = setup();
    fireEvent.click(screen.getByText('Microsoft Exchange Information Store'));
    expect(rows()[1].getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(rows()[1]);
    key('ArrowDown');
    expect(document.activeElement).toBe(rows()[2]);
    expect(rows()[2].getAttribute('aria-selected')).toBe('true');
    expect(rows()[1].getAttribute('aria-selected')).toBe('false');
    key('ArrowDown');
    expect(document.activeElement).toBe(rows()[2]);
    key('Home');
    expect(document.activeElement).toBe(rows()[0]);
    key('End');
    expect(document.activeElement).toBe(rows()[2]);
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([rows()[2]]);
  });

  test('Enter and double-click activate; Shift+F10, the Menu key and right-click ask for a context menu', () => {
    const { rows, onActivate, onContextMenu } = setup();
    fireEvent.click(rows()[0]);
    key('Enter');
    fireEvent.doubleClick(rows()[1]);
    expect(onActivate.mock.calls).toEqual([['ds'], ['is']]);
    rows()[0].focus();
    key('F10', { shiftKey: true });
    key('ContextMenu');
    fireEvent.contextMenu(screen.getByText('Microsoft Exchange Message Transfer Agent'), { clientX: 40, clientY: 50 });
    expect(onContextMenu.mock.calls.map((c) => c[0])).toEqual(['ds', 'ds', 'mta']);
    expect(onContextMenu).toHaveBeenLastCalledWith('mta', { x: 40, y: 50 });
    expect(rows()[2].getAttribute('aria-selected')).toBe('true');
  });
});
