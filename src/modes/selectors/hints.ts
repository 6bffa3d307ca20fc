import { foldEvents, startSnapshot, type LabSnapshot } from '../../sim/attempt/replay.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import type { SimEvent } from '../../sim/events.ts';
import { shortestRecovery } from '../../sim/graph/shortest-recovery.ts';
import { currentMeta } from '../../sim/selectors.ts';
import { describeEvent, whereToLook } from './describe-event.ts';

export type Rung = 1 | 2 | 3;
export const RUNGS: readonly Rung[] = [1, 2, 3];
export const RUNG_NAMES: Record<Rung, string> = { 1: 'Nudge', 2: 'Where to look', 3: 'Exact action' };

/** The first thing to do (not wait for) on a path. */
export const firstAction = (path: readonly SimEvent[]): SimEvent | null => path.find((e) => e.type !== 'clock.tick') ?? path[0] ?? null;

/** The first thing the trainee must do on the shortest way back to a finished procedure. */
export function nextAction(snapshot: LabSnapshot): SimEvent | null {
  const path = shortestRecovery(snapshot);
  return path && firstAction(path);
}

/** Does this rung need the shortest way from here (a state-space search)? */
export const needsPath = (rung: Rung) => rung !== 1;

/**
 * The text of one hint rung, given the shortest way from here (`path`, from `shortestRecovery`;
 * null when there is none). Rung 1 needs no path.
 */
export function hintTextFrom(rung: Rung, snapshot: LabSnapshot, path: readonly SimEvent[] | null): string {
  const meta = currentMeta(snapshot);
  if (rung === 1) {
    if (!meta) return 'Look at where the procedure stands.';
    const step = meta.kbStep === null ? '' : ` (KB Q238063 step ${meta.kbStep})`;
    return `${meta.title}${step}: ${meta.summary}`;
  }
  if (snapshot.status !== 'active') return 'The attempt is over.';
  const next = path && firstAction(path);
  if (!next) return 'No way back to a finished restore was found from here: if the procedure cannot succeed, stop the attempt.';
  return rung === 2 ? whereToLook(next) : describeEvent(next);
}

/** Same, searching here (slow: the UI runs the search in a worker, see coach/recovery-search.ts). */
export const hintText = (rung: Rung, snapshot: LabSnapshot): string =>
  hintTextFrom(rung, snapshot, needsPath(rung) && snapshot.status === 'active' ? shortestRecovery(snapshot) : null);

export interface RecoveryRequest {
  scenario: Scenario;
  seed: number;
  /** The effective events of the attempt so far (the search starts where they lead). */
  events: SimEvent[];
}

/** `recoveryPath` for a request (what the search worker computes). Pure. */
export const searchRecovery = (r: RecoveryRequest): SimEvent[] | null => recoveryPath(r.scenario, r.seed, r.events);

/** The shortest way to a finished procedure after `events` from the scenario's start. Pure. */
export function recoveryPath(scenario: Scenario, seed: number, events: readonly SimEvent[]): SimEvent[] | null {
  return shortestRecovery(foldEvents(startSnapshot(scenario, seed), events));
}
