import { DEFAULT_SEED, formatDeepLink } from '../app/deep-link.ts';
import { getClockSpeed, setClockSpeed } from '../app/clock-scheduler.ts';
import { newAttempt, type Attempt } from '../sim/attempt/attempt.ts';
import type { SimEvent } from '../sim/events.ts';
import type { Mode, Scenario } from '../sim/scenarios/types.ts';
import { inProgressKey, useHistory } from '../store/history-store.ts';
import { labSession, resumeLab, startLab } from '../store/lab-session.ts';
import { isImported } from './imported-scenarios.ts';
import { useModes } from './modes-store.ts';

/** The speed asked for in the address (`?speed=`), which wins over the instructor's saved speed. */
let linkSpeed: number | null = null;
export const setLinkSpeed = (speed: number | null) => { linkSpeed = speed; };

/** Simulated time runs at the link's speed, else (instructor) the saved speed, else real time. */
export function applyClockForMode(mode: Mode): void {
  if (linkSpeed !== null) setClockSpeed(linkSpeed);
  else setClockSpeed(mode === 'instructor' ? useHistory.getState().settings.clockSpeed : 1);
}

/** Instructor: change the clock and remember it. */
export function changeClockSpeed(speed: number): void {
  setClockSpeed(speed);
  linkSpeed = null;
  useHistory.getState().setSettings({ clockSpeed: speed });
}
export { getClockSpeed };

/** Puts scenario, mode and seed in the address bar without a new history entry (the share link). */
export function reflectInUrl(): void {
  const { scenario, mode, attempt } = labSession.getState();
  const search = formatDeepLink(location.search, { scenarioId: scenario.id, mode, seed: attempt.seed });
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

export const keyOf = (scenarioId: string, mode: Mode) => inProgressKey(scenarioId, mode);

/** The saved attempt in progress for a scenario and mode, if any (and if it can be resumed). */
export function savedAttempt(scenario: Scenario, mode: Mode, seed?: number) {
  if (isImported(scenario.id)) return undefined;
  const saved = useHistory.getState().inProgress[keyOf(scenario.id, mode)];
  if (!saved || saved.attempt.scenarioId !== scenario.id || (seed !== undefined && saved.attempt.seed !== seed)) return undefined;
  return saved;
}

function afterStart(mode: Mode, briefing: boolean): void {
  applyClockForMode(mode);
  reflectInUrl();
  const ui = useModes.getState();
  ui.undock();
  if (briefing) ui.open({ kind: 'briefing' });
  else ui.close();
}

/** A new attempt (a new assessment is always a new attempt): forgets any saved one for this scenario and mode. */
export function beginAttempt(scenario: Scenario, mode: Mode, seed = DEFAULT_SEED): void {
  useHistory.getState().clearInProgress(keyOf(scenario.id, mode));
  startLab(scenario, mode, seed);
  afterStart(mode, true);
}

/** Carries on with the saved attempt for this scenario and mode, or begins one. */
export function resumeOrBegin(scenario: Scenario, mode: Mode, seed?: number): 'resumed' | 'started' {
  const saved = savedAttempt(scenario, mode, seed);
  if (!saved) {
    beginAttempt(scenario, mode, seed ?? DEFAULT_SEED);
    return 'started';
  }
  resumeLab(scenario, mode, saved.attempt, saved.startedAt);
  afterStart(mode, false);
  return 'resumed';
}

/** Instructor: a new attempt whose log is `events` (a prefix of another attempt, replayed). */
export function branchFrom(scenario: Scenario, mode: Mode, seed: number, events: readonly SimEvent[]): void {
  const attempt: Attempt = { ...newAttempt(scenario.id, seed), events: events.map((event) => ({ event, at: 0 })) };
  useHistory.getState().clearInProgress(keyOf(scenario.id, mode));
  resumeLab(scenario, mode, attempt, Date.now());
  afterStart(mode, false);
}
