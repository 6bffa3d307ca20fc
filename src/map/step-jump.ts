import type { GraphNode } from '../sim/graph/machine-to-graph.ts';
import { currentStateId } from '../sim/selectors.ts';
import { labSession } from '../store/lab-session.ts';
import { jumpToState } from './jump-action.ts';
import { GRAPH } from './graph-data.ts';
import { useMapUi } from './map-ui.ts';

/** The procedure's own states (its KB steps, then done), in the machine's order. */
const isProcedureStep = (n: GraphNode) => n.role === 'state' && (n.meta.kind === 'step' || n.meta.kind === 'done');

/**
 * The state one step along the procedure from `current` (`direction` 1: the next KB step, -1: the
 * one before), or null at either end. From a failure state, the next step is the first one after
 * its KB step. Pure.
 */
export function neighbourStep(current: string, direction: 1 | -1, nodes: readonly GraphNode[]): string | null {
  const steps = nodes.filter(isProcedureStep).sort((a, b) => a.order - b.order);
  const at = steps.findIndex((n) => n.id === current);
  if (at >= 0) return steps[at + direction]?.id ?? null;
  const kb = nodes.find((n) => n.id === current)?.meta.kbStep ?? 0;
  const later = steps.findIndex((n) => (n.meta.kbStep ?? Infinity) > kb);
  const index = direction === 1 ? later : (later < 0 ? steps.length : later) - 1;
  return steps[index]?.id ?? null;
}

/** Instructor's demo keyboard: moves the lab one step along the procedure map (a map jump). */
export function jumpByStep(direction: 1 | -1): void {
  if (labSession.getState().mode !== 'instructor' || useMapUi.getState().jump.phase === 'searching') return;
  const target = neighbourStep(currentStateId(labSession.getState().snapshot), direction, GRAPH.nodes);
  if (target) void jumpToState(target);
}
