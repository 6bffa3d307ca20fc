import type { AnyActorLogic } from 'xstate';
import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { procedureMachine } from '../machines/procedure-machine.ts';
import { settledStep } from './settle.ts';

/**
 * The procedure machine as xstate/graph sees it for traversal: each event is one trainee move
 * followed by the simulated time it takes (see `settledStep`). Same states, same guards.
 */
export function settledLogic(start: LabSnapshot): AnyActorLogic {
  return {
    ...procedureMachine,
    config: procedureMachine.config,
    transition: (s: LabSnapshot, e: SimEvent) => settledStep(s, e).snapshot,
    getInitialSnapshot: () => start,
  } as unknown as AnyActorLogic;
}

/** Expands each machine state at most `perState` times: the shallowest ones, so paths stay shortest. */
export function expansionBudget(perState: number, idOf: (s: LabSnapshot) => string): (s: LabSnapshot) => boolean {
  const expanded = new Map<string, number>();
  return (s) => {
    const id = idOf(s);
    const n = expanded.get(id) ?? 0;
    expanded.set(id, n + 1);
    return n >= perState;
  };
}
