import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { restoreSteps, standardScenario, takeDirectoryOfflineSteps } from '../../sim/scenarios/standard.ts';
import { getWorld, labSession, sendLab, startLab } from '../../store/lab-session.ts';
import { SkipAhead } from './SkipAhead.tsx';

afterEach(cleanup);

/** Issue 10 item 7: the skip is a recorded tick to the next change, from the button or Ctrl+Shift+Enter. */
describe('Skip to next change', () => {
  const restoring = () => {
    startLab(standardScenario, 'practice', 1);
    act(() => [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1').slice(0, 2)].forEach((e) => sendLab(e)));
    expect(getWorld().backup.restores.at(-1)?.status).toBe('running');
  };

  test('Ctrl+Shift+Enter from inside an NT box (modal to the page) skips to the end of the restore, recorded as a skip', () => {
    restoring();
    render(<SkipAhead />);
    const box = document.createElement('div');
    box.setAttribute('aria-modal', 'true');
    document.body.append(box);
    act(() => {
      fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, shiftKey: true });
    });
    expect(getWorld().backup.restores.at(-1)?.status).toBe('completed');
    const last = labSession.getState().attempt.events.at(-1)!.event;
    expect(last).toMatchObject({ type: 'clock.tick', skip: true });
    box.remove();
  });

  test('the button does the same; Enter alone or without Shift does nothing', () => {
    restoring();
    render(<SkipAhead />);
    act(() => {
      fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
      fireEvent.keyDown(document.body, { key: 'Enter' });
    });
    expect(getWorld().backup.restores.at(-1)?.status).toBe('running');
    fireEvent.click(screen.getByRole('button', { name: /^Skip/ }));
    expect(getWorld().backup.restores.at(-1)?.status).toBe('completed');
  });
});
