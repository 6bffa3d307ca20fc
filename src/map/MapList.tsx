import { policyOf } from '../sim/session/mode-policy.ts';
import { memo, useContext, useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from '../sim/graph/machine-to-graph.ts';
import { ROOT_ID } from '../sim/graph/machine-to-graph.ts';
import { useLab } from '../store/lab-session.ts';
import { canJumpTo } from './jump-path.ts';
import { activateNode } from './jump-action.ts';
import { childrenOf, domId, edgesFrom, KIND_TEXT, LIST_ORDER, stepLabel, titleOf } from './graph-data.ts';
import { useMapUi } from './map-ui.ts';
import { STATUS_TEXT, takenText, type VisitStatus } from './status.ts';
import { MapInstance, MapPace, useIsLive, useVisitStatus, useTimesTaken } from './use-map-status.ts';

const statusText = (n: GraphNode, s: VisitStatus) =>
  n.role === 'root' ? (s === 'visited' ? 'Used' : 'Not used') : n.role === 'region' && s === 'current' ? 'Holds the current step' : STATUS_TEXT[s];

function EdgeItem({ edge }: { edge: GraphEdge }) {
  const times = useTimesTaken(edge);
  return (
    <li className={`map-li-edge map-edge-text-${edge.kind}${times ? ' is-taken' : ''}`}>
      {KIND_TEXT[edge.kind]} → {titleOf(edge.target)}{edge.event ? ` (on ${edge.event})` : ''}: <strong>{takenText(times)}</strong>
      {'. '}<span className="map-li-why">{edge.meta?.explanation}</span>
    </li>
  );
}

/** One state of the twin: step, title, status, summary; its transitions (taken or not); its states if a region. */
const StateItem = memo(function StateItem({ node }: { node: GraphNode }) {
  const status = useVisitStatus(node);
  const live = useIsLive();
  const instructor = useLab((s) => policyOf(s.mode).instructorTools);
  const searching = useMapUi((s) => s.jump.phase === 'searching');
  const ref = useRef<HTMLLIElement>(null);
  const isCurrentLeaf = status === 'current' && node.role === 'state';
  useEffect(() => {
    // While the List tab is hidden, scrolling would only force a layout of the page on every state change.
    if (isCurrentLeaf && !ref.current?.closest('[hidden]')) ref.current?.querySelector('.map-li-line')?.scrollIntoView({ block: 'nearest' });
  }, [isCurrentLeaf]);
  const edges = edgesFrom(node.id);
  const kids = node.role === 'region' ? childrenOf(node.id) : [];
  const instance = useContext(MapInstance);
  const ids = { step: domId('twin-step', node.id, instance), title: domId('twin-title', node.id, instance), status: domId('twin-status', node.id, instance) };
  return (
    <li
      ref={ref}
      className={`map-li map-li-${node.role} map-kind-${node.meta.kind} map-status-${status}`}
      aria-current={isCurrentLeaf ? 'step' : undefined}
      aria-labelledby={`${ids.step} ${ids.title} ${ids.status}`}
    >
      <div className="map-li-line">
        <span className="map-li-step" id={ids.step}>{node.id === ROOT_ID ? 'Every step' : stepLabel(node)}</span>{' '}
        <strong className="map-li-title" id={ids.title}>{node.meta.title}</strong>{' '}
        <span className="map-li-status" id={ids.status}>— {statusText(node, status)}</span>
      </div>
      <p className="map-li-summary">{node.meta.summary}</p>
      {live && instructor && canJumpTo(node) && (
        <button type="button" className="map-li-jump" disabled={searching} onClick={() => activateNode(node.id, live)}>
          Jump to {node.meta.title}
        </button>
      )}
      {edges.length > 0 && (
        <details className="map-li-edges">
          <summary>{edges.length === 1 ? '1 transition' : `${edges.length} transitions`} from here</summary>
          <ul>{edges.map((e) => <EdgeItem key={e.id} edge={e} />)}</ul>
        </details>
      )}
      {kids.length > 0 && <ol className="map-li-children">{kids.map((k) => <StateItem key={k.id} node={k} />)}</ol>}
    </li>
  );
});

/** The text twin of the graph: the same states and transitions, the same live status, as lists. */
export function MapList({ shown = true }: { shown?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) ref.current?.querySelector('[aria-current="step"] > .map-li-line')?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  return (
    <div ref={ref} className="map-list" role="region" aria-label="Procedure map as a list" tabIndex={0}>
      <MapPace.Provider value={shown ? 'now' : 'soon'}>
        <ol className="map-list-top">{LIST_ORDER.map((n) => <StateItem key={n.id} node={n} />)}</ol>
      </MapPace.Provider>
    </div>
  );
}
