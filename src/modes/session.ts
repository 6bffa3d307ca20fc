import type { Attempt } from '../sim/attempt/attempt.ts';
import type { SimEvent } from '../sim/events.ts';
import { DEFAULT_SEED } from '../sim/session/session.ts';
import type { Mode, Scenario } from '../sim/scenarios/types.ts';
import { inProgressKey, useHistory } from '../store/history-store.ts';
import { resumeLab, sendLab, startLab } from '../store/lab-session.ts';
import { isImported } from './imported-scenarios.ts';
import { useModes } from './modes-store.ts';

export const keyOf = (scenarioId: string, mode: Mode) => inProgressKey(scenarioId, mode);

/** The saved attempt in progress for a scenario and mode, if any (and if it can be resumed). */
export function savedAttempt(scenario: Scenario, mode: Mode, seed?: number) {
  if (isImported(scenario.id)) return undefined;
  const saved = useHistory.getState().inProgress[keyOf(scenario.id, mode)];
  if (!saved || saved.attempt.scenarioId !== scenario.id || (seed !== undefined && saved.attempt.seed !== seed)) return undefined;
  return saved;
}

/** The modes' dialogs after an attempt starts (the app sets the clock and the address itself). */
function afterStart(briefing: boolean): void {
  const ui = useModes.getState();
  ui.undock();
  if (briefing) ui.open({ kind: 'briefing' });
  else ui.close();
}

/** A new attempt (a new assessment is always a new attempt): forgets any saved one for this scenario and mode. */
export function beginAttempt(scenario: Scenario, mode: Mode, seed = DEFAULT_SEED): void {
  useHistory.getState().clearInProgress(keyOf(scenario.id, mode));
  startLab(scenario, mode, seed);
  afterStart(true);
}

/** Carries on with the saved attempt for this scenario and mode, or begins one. */
export function resumeOrBegin(scenario: Scenario, mode: Mode, seed?: number): 'resumed' | 'started' {
  const saved = savedAttempt(scenario, mode, seed);
  if (!saved) {
    beginAttempt(scenario, mode, seed ?? DEFAULT_SEED);
    return 'started';
  }
  resumeLab(scenario, mode, saved.attempt, saved.startedAt);
  afterStart(false);
  return 'resumed';
}

/** Carries on with an attempt kept elsewhere (a learning platform's suspend_data); its clock resumes where the log ends. */
export function resumeAttempt(scenario: Scenario, mode: Mode, attempt: Attempt): void {
  resumeLab(scenario, mode, attempt, Date.now() - (attempt.events.at(-1)?.at ?? 0));
  afterStart(false);
}

/** Instructor: a new attempt whose log is `events` (a prefix of another attempt, replayed). */
export function branchFrom(scenario: Scenario, mode: Mode, seed: number, events: readonly SimEvent[]): void {
  useHistory.getState().clearInProgress(keyOf(scenario.id, mode));
  sendLab({ type: 'session.branch', scenario, seed, events });
  afterStart(false);
}
