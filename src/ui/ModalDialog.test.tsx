import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ModalDialog } from './ModalDialog.tsx';

afterEach(cleanup);

function Harness({ onCancel }: { onCancel: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div onKeyDown={(e) => e.key === 'F4' && onCancel()}>
      <button type="button" onClick={() => setOpen(true)}>
        Startup...
      </button>
      {open && (
        <ModalDialog
          title="Service"
          onCancel={() => {
            onCancel();
            setOpen(false);
          }}
        >
          <label>
            Name <input />
          </label>
          <button type="button" data-autofocus>
            OK
          </button>
        </ModalDialog>
      )}
    </div>
  );
}

describe('ModalDialog', () => {
  test('is a modal dialog named by its title, focus starts on the autofocus control and is trapped', () => {
    render(<Harness onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Startup...' }));
    const dialog = screen.getByRole('dialog', { name: 'Service' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'OK' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });

  test('Escape cancels, does not reach the owner, and focus returns to the opener', () => {
    const onCancel = vi.fn();
    render(<Harness onCancel={onCancel} />);
    const opener = screen.getByRole('button', { name: 'Startup...' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('without onCancel the Close button is disabled and Escape does nothing', () => {
    render(<ModalDialog title="Service Control">busy</ModalDialog>);
    const dialog = screen.getByRole('dialog', { name: 'Service Control' });
    expect(document.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'Service Control' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Close', hidden: true }) as HTMLButtonElement).disabled).toBe(true);
  });
});
