import type { Attempt } from '../../sim/attempt/attempt.ts';
import { replayAttempt, startSnapshot, type LabSnapshot } from '../../sim/attempt/replay.ts';
import { step } from '../../sim/machines/step.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import { currentStateId } from '../../sim/selectors.ts';
import type { Rung } from './hints.ts';

/** Where the trainee stands, as the hint ladder sees it: the state and how far the trail has come. */
export const hintPosition = (s: LabSnapshot) => `${currentStateId(s)}:${s.context.trail.length}`;

/**
 * The hint rungs taken since the trainee last moved (the ladder to show again after a reload).
 * Replays the log once. Pure.
 */
export function hintsTakenHere(attempt: Attempt, scenario: Scenario): Rung[] {
  let snapshot = startSnapshot(scenario, attempt.seed);
  let position = hintPosition(snapshot);
  let rungs: Rung[] = [];
  attempt.events.forEach(({ event }, i) => {
    if (event.type === 'hint.take') return void rungs.push(event.rung as Rung);
    if (event.type === 'solution.show') return;
    if (event.type === 'attempt.undo' || event.type === 'attempt.reset') snapshot = replayAttempt({ ...attempt, events: attempt.events.slice(0, i + 1) }, scenario);
    else if (snapshot.status === 'active') snapshot = step(snapshot, event);
    const next = hintPosition(snapshot);
    if (next !== position) [position, rungs] = [next, []];
  });
  return rungs;
}
