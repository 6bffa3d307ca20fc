import { useEffect } from 'react';
import { labSession, setClockSpeed, useLab } from '../../store/lab-session.ts';
import { holdsTheLab } from '../../store/tab-claim.ts';
import { injectChosenFault } from './fault-choice.ts';

/**
 * The instructor's demo keyboard. Ctrl+Shift chords only: NT's own keys stay free (Alt+letter menu
 * accelerators, F1–F10 in the tools, Ctrl+Esc, Alt+Tab, Alt+F4), and the browser has none of these.
 */
export const DEMO_KEYS = [
  { keys: 'Ctrl+Shift+Space', does: 'Pause or resume simulated time' },
  { keys: 'Ctrl+Shift+F', does: 'Inject the fault chosen above' },
  { keys: 'Ctrl+Shift+.', does: 'Jump the map to the next KB step' },
  { keys: 'Ctrl+Shift+,', does: 'Jump the map back one KB step' },
] as const;

let resumeAt = 1;

/** Pauses simulated time, or resumes it at the speed it ran before the pause. */
export function togglePause(): void {
  const speed = labSession.getState().clockSpeed;
  if (speed > 0) resumeAt = speed;
  setClockSpeed(speed > 0 ? 0 : resumeAt);
}

const jump = (direction: 1 | -1) => void import('../../map/MapPanel.tsx').then((m) => m.jumpByStep(direction));

function actionFor(e: KeyboardEvent): (() => void) | null {
  if (!e.ctrlKey || !e.shiftKey || e.altKey || e.metaKey) return null;
  switch (e.code) {
    case 'Space': return togglePause;
    case 'KeyF': return injectChosenFault;
    case 'Period': return () => jump(1);
    case 'Comma': return () => jump(-1);
    default: return null;
  }
}

/** Listens for the demo keys while the lab is in instructor mode (in the console and on the second screen). */
export function useDemoKeys(): void {
  const instructor = useLab((s) => s.mode === 'instructor');
  useEffect(() => {
    if (!instructor) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const action = actionFor(e);
      // A second tab of the same lab acts on nothing (src/store/tab-claim.ts).
      if (!action || !holdsTheLab()) return;
      e.preventDefault();
      action();
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, [instructor]);
}
