import { createActor, type AnyActorScope, type SnapshotFrom } from 'xstate';
import type { SimEvent } from '../events.ts';
import { createWorld } from '../world/initial-world.ts';
import { procedureMachine } from './procedure-machine.ts';

type Snapshot = SnapshotFrom<typeof procedureMachine>;
let scope: AnyActorScope | null = null;

/**
 * xstate's `transition()` builds a throw-away actor (and its initial state) on every call, which
 * costs more than our whole engine step. The procedure machine has no children, timers or side
 * effects, so one inert scope can serve every transition.
 */
function inertScope(): AnyActorScope {
  if (scope) return scope;
  const self = createActor(procedureMachine, { input: { world: createWorld() } });
  scope = {
    self, id: '', sessionId: '', system: self.system,
    defer: () => {}, logger: () => {}, stopChild: () => {}, emit: () => {}, actionExecutor: () => {},
  } as unknown as AnyActorScope;
  return scope;
}

/** Pure: the snapshot after `event`. Same result as xstate's `transition(machine, snapshot, event)[0]`. */
export function step(snapshot: Snapshot, event: SimEvent): Snapshot {
  return procedureMachine.transition(snapshot, event, inertScope() as never);
}
