import { Handle, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
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

/** A state: its KB step, title, one-line summary and live status (current, visited, not visited). */
export const StepNode = memo(function StepNode({ data }: NodeProps<MapFlowNode>) {
  const n = data.node;
  const instance = useContext(MapInstance);
  const status = useVisitStatus(n);
  return (
    <div className={`map-node map-kind-${n.meta.kind} map-status-${status}`}>
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
