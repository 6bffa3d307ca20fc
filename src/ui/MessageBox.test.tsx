import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MessageBox, type MessageBoxButtons } from './MessageBox.tsx';

afterEach(cleanup);

function Harness({ buttons, onResult }: { buttons: MessageBoxButtons; onResult: (r: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Take Offline
      </button>
      {open && (
        <MessageBox
          title="Cluster Administrator"
          icon="question"
          message="Are you sure you want to take Exchange Directory offline?"
          buttons={buttons}
          onResult={(r) => {
            onResult(r);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function openBox(buttons: MessageBoxButtons) {
  const onResult = vi.fn();
  render(<Harness buttons={buttons} onResult={onResult} />);
  const trigger = screen.getByRole('button', { name: 'Take Offline' });
  trigger.focus();
  fireEvent.click(trigger);
  return { onResult, trigger, box: screen.getByRole('alertdialog', { name: 'Cluster Administrator' }) };
}
const tab = (shiftKey = false) => fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey });

describe('MessageBox', () => {
  test('is a modal alertdialog named by its title and described by its text, default button focused', () => {
    const { box } = openBox('yesNo');
    expect(box.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toContain('take Exchange Directory offline');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('button', { name: 'Yes' }).className).toContain('default');
  });

  test('Tab and Shift+Tab stay on the box buttons', () => {
    openBox('yesNoCancel');
    tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'No' }));
    tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes' }));
    tab(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  test('Escape answers Cancel when there is one, else No; focus returns to the trigger', () => {
    const { onResult, trigger } = openBox('yesNoCancel');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onResult).toHaveBeenCalledWith('cancel');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    cleanup();
    const second = openBox('yesNo');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(second.onResult).toHaveBeenCalledWith('no');
  });

  test('buttons answer with their own result', () => {
    const { onResult } = openBox('okCancel');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onResult).toHaveBeenCalledWith('ok');
  });
});
