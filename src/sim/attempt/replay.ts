import { initialSnapshot, step } from '../machines/step.ts';
import type { SnapshotFrom } from 'xstate';
import type { SimEvent } from '../events.ts';
import { procedureMachine } from '../machines/procedure-machine.ts';
import type { Scenario } from '../scenarios/types.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { effectiveEvents } from '../session/log-rules.ts';
import type { Attempt } from './attempt.ts';

export type LabSnapshot = SnapshotFrom<typeof procedureMachine>;

/** Pure: the snapshot after applying `events` one by one. */
export function foldEvents(start: LabSnapshot, events: readonly SimEvent[]): LabSnapshot {
  let snapshot = start;
  for (const e of events) {
    if (snapshot.status !== 'active') break;
    snapshot = step(snapshot, e);
  }
  return snapshot;
}

// Snapshots are never changed in place, so one start per scenario and seed can be handed out again
// (the page's first start, then the link's, then every undo and reset replay from it).
const starts = new WeakMap<Scenario, Map<number, LabSnapshot>>();

/** The scenario's starting snapshot: its world, then its prelude. Deterministic for a seed. */
export function startSnapshot(scenario: Scenario, seed: number): LabSnapshot {
  const bySeed = starts.get(scenario) ?? new Map<number, LabSnapshot>();
  starts.set(scenario, bySeed);
  const known = bySeed.get(seed);
  if (known) return known;
  const world = createWorld({ ...DEFAULT_SETUP, ...scenario.setup, seed });
  const initial = initialSnapshot(world);
  const start = foldEvents(initial, scenario.prelude);
  bySeed.set(seed, start);
  return start;
}

/** Rebuilds the world and the procedure state of an attempt. Same log, same result. */
export function replayAttempt(attempt: Attempt, scenario: Scenario): LabSnapshot {
  return foldEvents(startSnapshot(scenario, attempt.seed), effectiveEvents(attempt.events));
}
