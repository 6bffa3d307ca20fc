import { foldEvents, startSnapshot, type LabSnapshot } from '../sim/attempt/replay.ts';
import type { SimEvent } from '../sim/events.ts';
import type { GraphNode } from '../sim/graph/machine-to-graph.ts';
import { shortestPath } from '../sim/graph/shortest-recovery.ts';
import type { StateMeta } from '../sim/machines/meta.ts';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { currentStateId } from '../sim/selectors.ts';

/** Only states can be jumped to: a region or the machine itself is never "where the trainee is". */
export const canJumpTo = (node: Pick<GraphNode, 'role'>) => node.role === 'state';

/** States on the right path (a KB step, done): reached without a mistake when that is possible. */
function isCleanTarget(target: string): boolean {
  const kind = (procedureMachine.getStateNodeById(`${procedureMachine.id}.${target}`)?.meta as StateMeta | undefined)?.kind;
  return kind === 'step' || kind === 'done';
}

/**
 * The shortest list of trainee actions (clock ticks included) from the scenario's start to the
 * state `target`; null when the search finds no way. A failure state is only reached through its
 * mistake, so mistakes are allowed; a step of the procedure is reached without one if it can be
 * (otherwise the shortest way may start with a mistake and its recovery). Pure; the far states
 * take a second or more.
 */
export function pathToState(scenario: Scenario, seed: number, target: string, limit?: number): SimEvent[] | null {
  const start = startSnapshot(scenario, seed);
  const at = (s: LabSnapshot) => currentStateId(s) === target;
  const clean = isCleanTarget(target);
  const cleanly = (s: LabSnapshot) => at(s) && (!clean || s.context.slips === start.context.slips);
  const path = shortestPath(start, { goal: cleanly, goalBeforeMistakes: true, limit }) ?? shortestPath(start, { goal: at, avoidMistakes: false, limit });
  return path && withDialogsClosed(start, path, target);
}

/**
 * The message boxes the way there left open (a refused restore, a failed start) are closed with
 * OK at the end, as the trainee would have done, unless that changes where the lab is.
 */
function withDialogsClosed(start: LabSnapshot, path: SimEvent[], target: string): SimEvent[] {
  const end = foldEvents(start, path);
  const dismiss: SimEvent[] = end.context.world.dialogs.map((d) => ({ type: 'dialog.dismiss', id: d.id }));
  if (!dismiss.length) return path;
  const closed = foldEvents(end, dismiss);
  return currentStateId(closed) === target && closed.context.world.dialogs.length === 0 ? [...path, ...dismiss] : path;
}

export interface JumpRequest { scenario: Scenario; seed: number; target: string }
