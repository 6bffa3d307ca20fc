import type { TransitionKind } from '../sim/machines/meta.ts';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import { machineToGraph, type GraphEdge, type GraphNode } from '../sim/graph/machine-to-graph.ts';

/**
 * What the map shows, without drawing it: the machine's graph, titles and the text twin's order.
 * No React Flow and no layout here, so the List view, the details and the jumps load without them.
 */

export const GRAPH = machineToGraph(procedureMachine);
export const NODE_BY_ID: ReadonlyMap<string, GraphNode> = new Map(GRAPH.nodes.map((n) => [n.id, n]));

/**
 * DOM id of a part of a node (`kind`: map-title, map-status…). `instance` keeps two maps on one
 * page apart (the dock and a replay); the dock's map uses ''.
 */
export const domId = (kind: string, id: string, instance = '') => `${instance}${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export const KIND_COLOUR: Record<TransitionKind, string> = {
  correct: '#000080',
  mistake: '#c00000',
  recovery: '#007a00',
  detour: '#806000',
};

export const KIND_TEXT: Record<TransitionKind, string> = { correct: 'Correct', mistake: 'Mistake', recovery: 'Recovery', detour: 'Detour' };

export function titleOf(id: string): string {
  return NODE_BY_ID.get(id)?.meta.title ?? id;
}

export const stepLabel = (n: GraphNode) => (n.meta.kbStep === null ? (n.role === 'state' ? 'No KB step' : n.role === 'region' ? 'Region' : 'Every step') : `KB step ${n.meta.kbStep}`);

/**
 * The text twin's order: the main line in KB order, the failure states by KB step, then the
 * ends, then the machine's own transitions. Regions head their states.
 */
export const LIST_ORDER: readonly GraphNode[] = (() => {
  const top = GRAPH.nodes.filter((n) => n.parent === null && n.role !== 'root');
  const root = GRAPH.nodes.filter((n) => n.role === 'root');
  const weight = (n: GraphNode) => (n.meta.kind === 'done' ? 1 : n.meta.kind === 'terminal' ? 2 : n.meta.kind === 'abandoned' ? 3 : 0);
  return [...top.sort((a, b) => weight(a) - weight(b) || a.order - b.order), ...root];
})();

export const childrenOf = (id: string): GraphNode[] => {
  const kids = GRAPH.nodes.filter((n) => n.parent === id);
  // Failure states by KB step, so they read in the order a trainee could meet them.
  return id === 'failure' ? kids.sort((a, b) => (a.meta.kbStep ?? 99) - (b.meta.kbStep ?? 99) || a.order - b.order) : kids;
};

export const edgesFrom = (id: string): GraphEdge[] => GRAPH.edges.filter((e) => e.source === id);
