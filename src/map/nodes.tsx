import { Handle, type NodeProps } from '@xyflow/react';
import { memo, useContext, useLayoutEffect, useRef } from 'react';
import { HANDLE_SIDES, type MapFlowNode } from './flow-data.ts';
import { domId, stepLabel } from './graph-data.ts';
import { STATUS_TEXT } from './status.ts';
import { MapInstance, useVisitStatus } from './use-map-status.ts';

/** Edges need their anchors in the DOM; CSS makes them invisible (tech-notes §3.2). */
function Handles({ only }: { only?: 'source' }) {
  return (
    <>
      {HANDLE_SIDES.filter((h) => !only || h.type === only).map((h) => (
        <Handle key={h.id} id={h.id} type={h.type} position={h.position} style={h.style} isConnectable={false} className="map-handle" />
      ))}
    </>
  );
}

/** Name (step, title, status) and description (summary, explanation) for the node's wrapper. */
function Labels({ data, status }: { data: MapFlowNode['data']; status: string }) {
  const n = data.node;
  const instance = useContext(MapInstance);
  return (
    <>
      <span className="visually-hidden" id={domId('map-step', n.id, instance)}>{stepLabel(n)}:</span>
      <span className="visually-hidden" id={domId('map-status', n.id, instance)}>— {status}</span>
      <span hidden id={domId('map-desc', n.id, instance)}>{n.meta.summary} {n.meta.explanation}</span>
    </>
  );
}

/**
 * Marks React Flow's wrapper of the current state with aria-current. Set here rather than through
 * the nodes prop, so a state change re-renders two nodes instead of making React Flow adopt every
 * node and edge again (a third of the page's work per state change, issue 13).
 */
function useCurrentWrapper(isCurrent: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__node');
    if (isCurrent) wrapper?.setAttribute('aria-current', 'step');
    else wrapper?.removeAttribute('aria-current');
  }, [isCurrent]);
  return ref;
}

/** A state: its KB step, title, one-line summary and live status (current, visited, not visited). */
export const StepNode = memo(function StepNode({ data }: NodeProps<MapFlowNode>) {
  const n = data.node;
  const instance = useContext(MapInstance);
  const status = useVisitStatus(n);
  const ref = useCurrentWrapper(status === 'current');
  return (
    <div ref={ref} className={`map-node map-kind-${n.meta.kind} map-status-${status}`}>
      <Handles />
      <Labels data={data} status={STATUS_TEXT[status]} />
      <div className="map-node-head" aria-hidden="true">
        <span className="map-node-step">{stepLabel(n)}</span>
        <span className="map-node-status">{status === 'visited' ? '✓ ' : status === 'current' ? '► ' : ''}{STATUS_TEXT[status]}</span>
      </div>
      <div className="map-node-title" id={domId('map-title', n.id, instance)}>{n.meta.title}</div>
      <div className="map-node-summary" aria-hidden="true">{n.meta.summary}</div>
    </div>
  );
});

/** A region of the machine (the main line, the failure branches): a titled box behind its states. */
export const RegionNode = memo(function RegionNode({ data }: NodeProps<MapFlowNode>) {
  const n = data.node;
  const instance = useContext(MapInstance);
  const status = useVisitStatus(n);
  return (
    <div className={`map-region map-region-${n.id} map-status-${status}`}>
      <Handles only="source" />
      <Labels data={data} status={status === 'current' ? 'holds the current step' : STATUS_TEXT[status]} />
      <div className="map-region-title" id={domId('map-title', n.id, instance)}>{n.meta.title}</div>
    </div>
  );
});

/** The machine itself: where the transitions that apply at every step (stop) start. */
export const RootNode = memo(function RootNode({ data }: NodeProps<MapFlowNode>) {
  const n = data.node;
  const instance = useContext(MapInstance);
  const status = useVisitStatus(n);
  return (
    <div className={`map-node map-root map-status-${status}`}>
      <Handles only="source" />
      <Labels data={data} status={status === 'visited' ? 'used' : 'not used'} />
      <div className="map-node-title" id={domId('map-title', n.id, instance)}>{n.meta.title}</div>
      <div className="map-node-summary" aria-hidden="true">{n.meta.summary}</div>
    </div>
  );
});
