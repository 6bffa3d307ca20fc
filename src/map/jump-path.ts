import { foldEvents, startSnapshot, type LabSnapshot } from '../sim/attempt/replay.ts';
import type { SimEvent } from '../sim/events.ts';
import type { GraphNode } from '../sim/graph/machine-to-graph.ts';
import { settledStep } from '../sim/graph/settle.ts';
import { shortestPath } from '../sim/graph/shortest-recovery.ts';
import { modelKey, traversalEvents } from '../sim/graph/traversal.ts';
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
  const path = cleanPathTo(start, target, isCleanTarget(target), limit) ?? shortestPath(start, { goal: (s) => currentStateId(s) === target, avoidMistakes: false, limit });
  return path && withDialogsClosed(start, path, target);
}

/**
 * Breadth-first over trainee moves that make no mistake, like `shortestPath` with
 * `avoidMistakes`, except that the target is checked before the mistake filter: a failure state is
 * reached through its own mistake and no other. A step of the procedure must be reached cleanly.
 */
function cleanPathTo(start: LabSnapshot, target: string, clean: boolean, limit = 20_000): SimEvent[] | null {
  const base = start.context.slips;
  const goal = (s: LabSnapshot) => currentStateId(s) === target && (!clean || s.context.slips === base);
  if (goal(start)) return [];
  const seen = new Set([modelKey(start)]);
  let frontier: { s: LabSnapshot; path: SimEvent[] }[] = [{ s: start, path: [] }];
  while (frontier.length && seen.size < limit) {
    const next: typeof frontier = [];
    for (const { s, path } of frontier) {
      for (const e of traversalEvents(s)) {
        const { snapshot: t, events } = settledStep(s, e);
        if (goal(t)) return [...path, ...events];
        const key = modelKey(t);
        if (seen.has(key) || t.context.slips > base) continue;
        seen.add(key);
        next.push({ s: t, path: [...path, ...events] });
      }
    }
    frontier = next;
  }
  return null;
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
