import type { Attempt } from '../attempt/attempt.ts';
import { countedEvents, type CountedEvent } from '../session/log-rules.ts';
import { startSnapshot, type LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import type { TrailEntry } from '../machines/trail.ts';
import { step } from '../machines/step.ts';
import type { Scenario } from '../scenarios/types.ts';
import { currentStateId } from '../selectors.ts';
import type { World } from '../world/types.ts';

export type { CountedEvent };

/** One trail transition, with when and where it happened. */
export interface TracedTransition extends TrailEntry {
  /** Index in `attempt.events`, or -1 when the prelude caused it. */
  eventIndex: number;
  /** Index in the counted events of the attempt (prelude: -1). */
  effectiveIndex: number;
  byPrelude: boolean;
  /** The world right after the event (simulated clock, open programs…). */
  world: World;
}

export interface Trace {
  /** After the prelude: where the trainee took over. */
  start: LabSnapshot;
  end: LabSnapshot;
  events: CountedEvent[];
  transitions: TracedTransition[];
  /** The state the trainee stopped in, if they stopped. */
  abandonedFrom: string | null;
}

/**
 * Replays the prelude and the attempt one event at a time and records which event caused each
 * trail transition. Pure; the end snapshot equals `replayAttempt(attempt, scenario)`.
 */
export function traceAttempt(attempt: Attempt, scenario: Scenario): Trace {
  const transitions: TracedTransition[] = [];
  let snapshot = startSnapshot({ ...scenario, prelude: [] }, attempt.seed);
  let abandonedFrom: string | null = null;
  const run = (event: SimEvent, eventIndex: number, effectiveIndex: number) => {
    if (snapshot.status !== 'active') return;
    const before = snapshot.context.trail.length;
    const stateBefore = currentStateId(snapshot);
    snapshot = step(snapshot, event);
    if (event.type === 'attempt.abandon' && eventIndex >= 0) abandonedFrom = stateBefore;
    for (const entry of snapshot.context.trail.slice(before)) {
      transitions.push({ ...entry, eventIndex, effectiveIndex, byPrelude: eventIndex < 0, world: snapshot.context.world });
    }
  };
  for (const e of scenario.prelude) run(e, -1, -1);
  const start = snapshot;
  const events = countedEvents(attempt.events);
  events.forEach(({ event, entryIndex }, i) => run(event, entryIndex, i));
  return { start, end: snapshot, events, transitions, abandonedFrom };
}
