import { policyOf } from '../sim/session/mode-policy.ts';
import { useHistory } from '../store/history-store.ts';
import { labSession, setClockSpeed } from '../store/lab-session.ts';

/** The link's `?speed=`, which wins over the instructor's saved speed until the instructor picks one. */
let linkSpeed: number | null = null;

export const setLinkSpeed = (speed: number | null) => { linkSpeed = speed; };

/** Simulated time runs at the link's speed, else (instructor) the saved speed, else real time. */
export function applyClockForMode(): void {
  const { mode } = labSession.getState();
  setClockSpeed(linkSpeed ?? (policyOf(mode).savedClockSpeed ? useHistory.getState().settings.clockSpeed : 1));
}

/** Once the instructor picks a speed (saved in the settings), the link's speed no longer wins. Returns a stop function. */
export const followChosenSpeed = (): (() => void) =>
  useHistory.subscribe((s, prev) => {
    if (s.settings.clockSpeed !== prev.settings.clockSpeed) linkSpeed = null;
  });
