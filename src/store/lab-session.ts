import { step } from '../sim/machines/step.ts';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { newAttempt, type Attempt, type LoggedEvent } from '../sim/attempt/attempt.ts';
import { replayAttempt, startSnapshot, type LabSnapshot } from '../sim/attempt/replay.ts';
import type { SimEvent } from '../sim/events.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import type { Mode, Scenario } from '../sim/scenarios/types.ts';
import type { World } from '../sim/world/types.ts';

/**
 * The one running lab: the procedure machine's snapshot (which holds the world) and the attempt
 * log that rebuilds it. The machine has no timers or invoked actors, so the pure `transition`
 * function is all it takes: no actor to start, stop or swap.
 */
export interface LabSession {
  scenario: Scenario;
  mode: Mode;
  snapshot: LabSnapshot;
  attempt: Attempt;
  /** Wall-clock ms when the attempt began (for `at` stamps). */
  startedAt: number;
}

const fresh = (scenario: Scenario, mode: Mode, seed: number): LabSession => ({
  scenario, mode, snapshot: startSnapshot(scenario, seed), attempt: newAttempt(scenario.id, seed), startedAt: Date.now(),
});

export const labSession = createStore<LabSession>(() => fresh(standardScenario, 'practice', 1));

/** Sends a world event (or records a meta event) and appends it to the attempt log. */
export function sendLab(event: LoggedEvent): void {
  const s = labSession.getState();
  const entry = { event, at: Date.now() - s.startedAt };
  const attempt = { ...s.attempt, events: [...s.attempt.events, entry] };
  if (event.type === 'attempt.undo' || event.type === 'attempt.reset') {
    labSession.setState({ attempt, snapshot: replayAttempt(attempt, s.scenario) });
    return;
  }
  if (event.type === 'hint.take' || event.type === 'solution.show') {
    labSession.setState({ attempt });
    return;
  }
  if (s.snapshot.status !== 'active') return;
  labSession.setState({ attempt, snapshot: step(s.snapshot, event as SimEvent) });
}

export function startLab(scenario: Scenario, mode: Mode, seed: number): void {
  labSession.setState(fresh(scenario, mode, seed));
}

/** Resumes a saved attempt by replaying it. */
export function resumeLab(scenario: Scenario, mode: Mode, attempt: Attempt, startedAt: number): void {
  labSession.setState({ scenario, mode, attempt, snapshot: replayAttempt(attempt, scenario), startedAt });
}

/**
 * Instructor "jump to this state" (procedure map): starts the attempt over (`attempt.reset`) and
 * records `events` as if the trainee had done them, so the world is exactly what those actions
 * make it. The snapshot is rebuilt by replaying the log. `events` come from the map's search
 * (`pathToState` in src/map/jump-path.ts: the shortest way from `startSnapshot(scenario, seed)`).
 */
export function jumpTo(events: readonly SimEvent[]): void {
  const s = labSession.getState();
  const at = Date.now() - s.startedAt;
  const entries = [{ event: { type: 'attempt.reset' } as const, at }, ...events.map((event) => ({ event, at }))];
  const attempt = { ...s.attempt, events: [...s.attempt.events, ...entries] };
  labSession.setState({ attempt, snapshot: replayAttempt(attempt, s.scenario) });
}

export const useLab = <T,>(selector: (s: LabSession) => T): T => useStore(labSession, selector);
/** Reads the world. Return primitives, or pass `shallow: true` for small objects/arrays. */
export function useWorld<T>(selector: (w: World) => T): T {
  return useStore(labSession, (s) => selector(s.snapshot.context.world));
}
export function useWorldShallow<T extends object>(selector: (w: World) => T): T {
  return useStore(labSession, useShallow((s: LabSession) => selector(s.snapshot.context.world)));
}
export const getWorld = (): World => labSession.getState().snapshot.context.world;
