import { Controls, MiniMap, ReactFlow, useReactFlow, useStore, type AriaLabelConfig, type MiniMapNodeProps } from '@xyflow/react';
import { useCallback, useContext, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { activateNode } from './jump-action.ts';
import { inView, viewportFor } from './follow-viewport.ts';
import { FLOW_EDGES, flowNodesFor, LAYOUT, type MapFlowEdge, type MapFlowNode } from './flow-data.ts';
import { NODE_BY_ID } from './graph-data.ts';
import { useMapUi } from './map-ui.ts';
import { RegionNode, RootNode, StepNode } from './nodes.tsx';
import { TransitionEdge } from './TransitionEdge.tsx';
import { MapInstance, useCurrentId, useCurrentIdAtMount, useIsLive } from './use-map-status.ts';

const nodeTypes = { step: StepNode, region: RegionNode, root: RootNode };
const edgeTypes = { transition: TransitionEdge };
const PRO = { hideAttribution: true };
const ZOOM = 0.9;
const FIT = { minZoom: ZOOM, maxZoom: ZOOM };

/** The map is read-only: no "press delete" or "move the node" in what screen readers hear. */
const ARIA: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': 'A state of the procedure.',
  'node.a11yDescription.keyboardDisabled': 'A state of the procedure.',
  'edge.a11yDescription.default': 'A transition of the procedure.',
  'controls.ariaLabel': 'Map zoom',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Show the whole map',
  'minimap.ariaLabel': 'Overview of the procedure map',
  'handle.ariaLabel': 'Transition anchor',
};

const nodeFromEvent = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null : null;

/**
 * Places the first view on the current node (main line at the left), then keeps the current node
 * in view when it changes, without changing the zoom the user chose.
 */
function FollowCurrent() {
  const current = useCurrentId();
  const rf = useReactFlow();
  // Controlled nodes with fixed sizes: `useNodesInitialized` would wait for a new nodes prop.
  const ready = useStore((s) => s.panZoom !== null);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const placed = useRef(false);
  useEffect(() => {
    const box = LAYOUT.boxes[current];
    if (!ready || !box || !width || !height) return;
    if (!placed.current) {
      // After React Flow's own initial fitView (centred on the current node), which settles asynchronously.
      const t = setTimeout(() => {
        placed.current = true;
        void rf.setViewport(viewportFor(box, width, height, rf.getViewport().zoom));
      }, 0);
      return () => clearTimeout(t);
    }
    const viewport = rf.getViewport();
    if (!inView(box, viewport, width, height)) void rf.setViewport(viewportFor(box, width, height, viewport.zoom));
  }, [current, ready, width, height, rf]);
  return null;
}

const miniClass = (n: MapFlowNode) => `map-mini map-mini-${n.type} map-mini-${n.data.node.meta.kind}`;
function MiniNode({ x, y, width, height, className }: MiniMapNodeProps) {
  return <rect x={x} y={y} width={width} height={height} className={className} />;
}

/** The procedure as a graph (React Flow), read-only, following the lab. */
export function MapGraph() {
  // Only the parts that show the current state follow it: re-rendering React Flow for a step costs the trainee's frame.
  const current = useCurrentIdAtMount();
  const live = useIsLive();
  const instance = useContext(MapInstance);
  // The same array for the map's life: the current state marks itself (nodes.tsx).
  const nodes = flowNodesFor(instance);
  // The first view only: centred on the state current when the map opens.
  const [fitViewOptions] = useState(() => ({ ...FIT, nodes: [{ id: current }] }));
  const inspect = useMapUi((s) => s.inspect);

  const onNodeClick = useCallback((_: MouseEvent, node: MapFlowNode) => activateNode(node.id, live), [live]);
  const onEnter = useCallback((_: MouseEvent, node: MapFlowNode) => inspect(node.id), [inspect]);
  const onLeave = useCallback(() => inspect(null), [inspect]);
  const onFocus = useCallback((e: FocusEvent) => { const id = nodeFromEvent(e.target); if (id) inspect(id); }, [inspect]);
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const id = nodeFromEvent(e.target);
    if (!id || !NODE_BY_ID.has(id)) return;
    e.preventDefault();
    activateNode(id, live);
  }, [live]);

  return (
    <ReactFlow<MapFlowNode, MapFlowEdge>
      id={instance ? `procedure-map-${instance}` : 'procedure-map'}
      className="map-flow"
      nodes={nodes as MapFlowNode[]}
      edges={FLOW_EDGES as MapFlowEdge[]}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable
      edgesFocusable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.1}
      maxZoom={1.5}
      ariaLabelConfig={ARIA}
      proOptions={PRO}
      onNodeClick={onNodeClick}
      onNodeMouseEnter={onEnter}
      onNodeMouseLeave={onLeave}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      aria-label="Procedure map as a graph"
    >
      <Controls showInteractive={false} />
      <MiniMap<MapFlowNode> pannable zoomable nodeClassName={miniClass} nodeComponent={MiniNode} />
      <FollowCurrent />
    </ReactFlow>
  );
}
