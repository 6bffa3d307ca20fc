import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Window, type WindowProps } from './Window.tsx';

afterEach(cleanup);

function renderWindow(over: Partial<WindowProps> = {}) {
  const handlers = { onMove: vi.fn(), onFocus: vi.fn(), onMinimize: vi.fn(), onMaximize: vi.fn(), onClose: vi.fn() };
  render(
    <Window id="w" title="Cluster Administrator" x={10} y={20} width={300} height={200} z={1} active minimized={false} maximized={false} {...handlers} {...over}>
      <button type="button">Inside</button>
    </Window>,
  );
  return { ...handlers, dialog: screen.getByRole('dialog', { name: over.title ?? 'Cluster Administrator' }) };
}

describe('Window', () => {
  test('is a dialog named by its title, with the three 98.css controls, modal only on request', () => {
    const { dialog } = renderWindow();
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Minimize', 'Maximize', 'Close', 'Inside']);
    cleanup();
    renderWindow({ modal: true, maximized: true, title: 'Properties' });
    expect(screen.getByRole('dialog', { name: 'Properties' }).getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('button', { name: 'Restore' })).toBeTruthy();
  });

  test('controls, Alt+F4 and focus callbacks', () => {
    const h = renderWindow({ active: false });
    fireEvent.click(screen.getByRole('button', { name: 'Minimize' }));
    fireEvent.click(screen.getByRole('button', { name: 'Maximize' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'F4', altKey: true });
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Inside' }));
    expect(h.onMinimize).toHaveBeenCalledOnce();
    expect(h.onMaximize).toHaveBeenCalledOnce();
    expect(h.onClose).toHaveBeenCalledOnce();
    expect(h.onFocus).toHaveBeenCalled();
  });

  test('an active window takes focus when it opens', () => {
    const { dialog } = renderWindow();
    expect(document.activeElement).toBe(dialog);
  });
});
