import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { HandleId } from './layout.ts';
import { LAYOUT } from './layout.generated.ts';
import { ROOT_ID, type GraphEdge, type GraphNode } from '../sim/graph/machine-to-graph.ts';
import { domId, GRAPH, KIND_COLOUR, KIND_TEXT, titleOf } from './graph-data.ts';

/**
 * Everything static about the drawn map: the layout (laid out ahead of time, see
 * layout.generated.ts), and the React Flow nodes and edges built from it once when the graph's
 * chunk loads. Live status is read by each node and edge on its own (use-map-status.ts), so a
 * state change never rebuilds these arrays.
 */

export { LAYOUT };

export type StepNodeData = { node: GraphNode };
export type TransitionEdgeData = { edge: GraphEdge };
export type MapFlowNode = Node<StepNodeData, 'step' | 'region' | 'root'>;
export type MapFlowEdge = Edge<TransitionEdgeData, 'transition'>;

/** The wrapper's name (step, title, status) and description (summary and explanation), by id. */
const a11yAttributes = (id: string, instance: string) => ({
  'aria-labelledby': `${domId('map-step', id, instance)} ${domId('map-title', id, instance)} ${domId('map-status', id, instance)}`,
  'aria-describedby': domId('map-desc', id, instance),
});

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

