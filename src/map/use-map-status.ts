import { createContext, useContext, useState } from 'react';
import type { LabSnapshot } from '../sim/attempt/replay.ts';
import type { GraphEdge, GraphNode } from '../sim/graph/machine-to-graph.ts';
import { currentStateId } from '../sim/selectors.ts';
import { labSession, useLabPaced } from '../store/lab-session.ts';
import { GRAPH } from './graph-data.ts';
import { visitStatus, visitStatuses, timesTaken, type VisitStatus } from './status.ts';

/**
 * A snapshot to show instead of the running lab (a replay). When it is null the map follows the
 * lab. Each hook selects one small value, so a state change re-renders only the nodes and edges
 * whose status changed (tech-notes §3.2).
 */
export const MapSnapshot = createContext<LabSnapshot | null>(null);
/** Prefix of this map's DOM ids ('' for the dock's map; another for a map inside a replay). */
export const MapInstance = createContext('');
/**
 * When a part of the map shows a state change: 'now' in the click's own frame (the graph, and the
 * list while its tab is shown: the highlight the trainee watches), 'soon' in the transition that
 * follows it (the details panel, the announcement, a hidden list), so their text is not laid out
 * before the highlight is painted.
 */
export const MapPace = createContext<'now' | 'soon'>('now');

function useMapSelect<T>(select: (s: LabSnapshot) => T): T {
  const fixed = useContext(MapSnapshot);
  const now = useContext(MapPace) === 'now';
  const live = useLabPaced((s) => (fixed ? null : select(s.snapshot)), now);
  return fixed ? select(fixed) : (live as T);
}

export const useCurrentId = (): string => useMapSelect(currentStateId);
/** The current state when the component mounted: read once, so later steps do not re-render it. */
export function useCurrentIdAtMount(): string {
  const fixed = useContext(MapSnapshot);
  const [id] = useState(() => currentStateId(fixed ?? labSession.getState().snapshot));
  return id;
}
export const useVisitStatus = (node: GraphNode): VisitStatus =>
  useMapSelect((s) => {
    const current = currentStateId(s);
    return visitStatuses(GRAPH.nodes, s.context.trail, current, GRAPH.edges).get(node.id) ?? visitStatus(node, s.context.trail, current, GRAPH.edges);
  });
export const useTimesTaken = (edge: GraphEdge): number => useMapSelect((s) => timesTaken(edge, s.context.trail, GRAPH.edges));
/** True when the map shows the running lab (so the instructor may jump). */
export const useIsLive = (): boolean => useContext(MapSnapshot) === null;
