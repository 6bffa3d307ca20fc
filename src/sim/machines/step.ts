import { createActor, fromTransition, type AnyActorScope, type SnapshotFrom } from 'xstate';
import type { SimEvent } from '../events.ts';
import type { World } from '../world/types.ts';
import { procedureMachine } from './procedure-machine.ts';

type Snapshot = SnapshotFrom<typeof procedureMachine>;
let scope: AnyActorScope | null = null;

/**
 * xstate's `transition()` and `initialTransition()` build a throw-away actor of the machine on every
 * call, and that actor computes the machine's initial state: more than our whole engine step, and
 * at boot the dearest work before the first frame. The procedure machine has no children, timers
 * or side effects, so one inert scope serves every transition; its `self` is an actor of trivial
 * logic, never started, which only stands in for the actor the actions and guards are told about.
 */
function inertScope(): AnyActorScope {
  if (scope) return scope;
  const self = createActor(fromTransition((s: null) => s, null));
  scope = {
    self, id: '', sessionId: '', system: self.system,
    defer: () => {}, logger: () => {}, stopChild: () => {}, emit: () => {}, actionExecutor: () => {},
  } as unknown as AnyActorScope;
  return scope;
}

/** Pure: the machine's first snapshot in `world`. Same result as xstate's `initialTransition(machine, { world })[0]`. */
export function initialSnapshot(world: World): Snapshot {
  return procedureMachine.getInitialSnapshot(inertScope() as never, { world });
}

/** Pure: the snapshot after `event`. Same result as xstate's `transition(machine, snapshot, event)[0]`. */
export function step(snapshot: Snapshot, event: SimEvent): Snapshot {
  return procedureMachine.transition(snapshot, event, inertScope() as never);
}
