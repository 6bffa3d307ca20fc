import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { TransitionKind } from '../sim/machines/meta.ts';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import { layoutGraph, type HandleId } from './layout.ts';
import { machineToGraph, ROOT_ID, type GraphEdge, type GraphNode } from '../sim/graph/machine-to-graph.ts';

/**
 * Everything static about the map, computed once when the map's chunk loads: the machine's graph,
 * its layout, and the React Flow nodes and edges built from them. Live status is read by each node
 * and edge on its own (use-map-status.ts), so a state change never rebuilds these arrays.
 */

export const GRAPH = machineToGraph(procedureMachine);
export const LAYOUT = layoutGraph(GRAPH);
export const NODE_BY_ID: ReadonlyMap<string, GraphNode> = new Map(GRAPH.nodes.map((n) => [n.id, n]));

export type StepNodeData = { node: GraphNode };
export type TransitionEdgeData = { edge: GraphEdge };
export type MapFlowNode = Node<StepNodeData, 'step' | 'region' | 'root'>;
export type MapFlowEdge = Edge<TransitionEdgeData, 'transition'>;

/**
 * DOM id of a part of a node (`kind`: map-title, map-status…). `instance` keeps two maps on one
 * page apart (the dock and a replay); the dock's map uses ''.
 */
export const domId = (kind: string, id: string, instance = '') => `${instance}${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** The wrapper's name (step, title, status) and description (summary and explanation), by id. */
const a11yAttributes = (id: string, instance: string) => ({
  'aria-labelledby': `${domId('map-step', id, instance)} ${domId('map-title', id, instance)} ${domId('map-status', id, instance)}`,
  'aria-describedby': domId('map-desc', id, instance),
});

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

const typeOf = (n: GraphNode): MapFlowNode['type'] => (n.role === 'region' ? 'region' : n.role === 'root' ? 'root' : 'step');

function flowNode(n: GraphNode): MapFlowNode {
  const box = LAYOUT.boxes[n.id];
  const parent = n.parent ? LAYOUT.boxes[n.parent] : undefined;
  return {
    id: n.id,
    type: typeOf(n),
    position: { x: box.x - (parent?.x ?? 0), y: box.y - (parent?.y ?? 0) },
    ...(n.parent ? { parentId: n.parent } : {}),
    width: box.width,
    height: box.height,
    data: { node: n },
    draggable: false,
    connectable: false,
    deletable: false,
    selectable: false,
    // Regions sit behind their states.
    zIndex: n.role === 'region' ? 0 : 1,
    className: `map-flow-node map-flow-${typeOf(n)}`,
    domAttributes: a11yAttributes(n.id, ''),
  };
}

/** Parents before their children, as React Flow requires. */
export const FLOW_NODES: readonly MapFlowNode[] = [...GRAPH.nodes]
  .sort((a, b) => (a.role === 'region' ? 0 : 1) - (b.role === 'region' ? 0 : 1) || a.order - b.order)
  .map(flowNode);

const perInstance = new Map<string, readonly MapFlowNode[]>();
/** The nodes for another map instance on the page: the same objects but for their DOM ids; made once per instance. */
export function flowNodesFor(instance: string): readonly MapFlowNode[] {
  if (!instance) return FLOW_NODES;
  let nodes = perInstance.get(instance);
  if (!nodes) perInstance.set(instance, (nodes = FLOW_NODES.map((n) => ({ ...n, domAttributes: a11yAttributes(n.id, instance) }))));
  return nodes;
}

function edgeLabel(e: GraphEdge): string {
  const from = e.source === ROOT_ID ? 'any step' : titleOf(e.source);
  return `${KIND_TEXT[e.kind]}: from ${from} to ${titleOf(e.target)}${e.event ? ` (on ${e.event})` : ''}`;
}

function flowEdge(e: GraphEdge): MapFlowEdge {
  const h: { source: HandleId; target: HandleId } = LAYOUT.handles[e.id];
  return {
    id: e.id,
    type: 'transition',
    source: e.source,
    target: e.target,
    sourceHandle: h.source,
    targetHandle: h.target,
    data: { edge: e },
    markerEnd: { type: MarkerType.ArrowClosed, color: KIND_COLOUR[e.kind], width: 14, height: 14 },
    ariaLabel: edgeLabel(e),
    focusable: false,
    selectable: false,
    deletable: false,
    // Mistakes and recoveries drawn above the rest.
    zIndex: e.kind === 'correct' ? 0 : 1,
  };
}

export const FLOW_EDGES: readonly MapFlowEdge[] = GRAPH.edges.map(flowEdge);

/** Handle placement shared by the node components. */
export const HANDLE_SIDES: { id: HandleId; type: 'source' | 'target'; position: Position; style: { top?: string; left?: string } }[] = [
  { id: 'top', type: 'target', position: Position.Top, style: { left: '50%' } },
  { id: 'bottom', type: 'source', position: Position.Bottom, style: { left: '50%' } },
  { id: 'left-in', type: 'target', position: Position.Left, style: { top: '35%' } },
  { id: 'left-out', type: 'source', position: Position.Left, style: { top: '65%' } },
  { id: 'right-in', type: 'target', position: Position.Right, style: { top: '35%' } },
  { id: 'right-out', type: 'source', position: Position.Right, style: { top: '65%' } },
];

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
