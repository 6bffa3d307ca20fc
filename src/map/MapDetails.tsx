import { policyOf } from '../sim/session/mode-policy.ts';
import { useLab } from '../store/lab-session.ts';
import { jumpsOnActivate } from './jump-action.ts';
import { NODE_BY_ID, stepLabel, titleOf } from './graph-data.ts';
import { useMapUi, type JumpState } from './map-ui.ts';
import { STATUS_TEXT } from './status.ts';
import { useCurrentId, useIsLive, useVisitStatus } from './use-map-status.ts';
import type { GraphNode } from '../sim/graph/machine-to-graph.ts';

function jumpMessage(j: JumpState): string {
  switch (j.phase) {
    case 'idle': return '';
    case 'searching': return `Finding the shortest way to “${titleOf(j.target)}” from the start of the scenario…`;
    case 'done': return `Jumped to “${titleOf(j.target)}”: the lab replayed ${j.actions} ${j.actions === 1 ? 'action' : 'actions'} from the start of the scenario.`;
    case 'no-path': return `No way to “${titleOf(j.target)}” was found from the start of this scenario, so the lab was left as it is.`;
    case 'failed': return `The jump to “${titleOf(j.target)}” failed: ${j.error}`;
  }
}

function About({ node }: { node: GraphNode }) {
  const status = useVisitStatus(node);
  return (
    <>
      <p className="map-about-head">
        <span className="map-about-step">{stepLabel(node)}</span> · <span>{node.role === 'state' ? STATUS_TEXT[status] : node.role === 'region' ? 'Region' : 'Every step'}</span>
      </p>
      <h3 className="map-about-title">{node.meta.title}</h3>
      <p className="map-about-summary">{node.meta.summary}</p>
      <p className="map-about-text">{node.meta.explanation}</p>
      {node.meta.kb.length > 0 && <p className="map-about-kb">Microsoft KB: {node.meta.kb.join(', ')}</p>}
    </>
  );
}

/**
 * The full explanation of the node under the pointer or focus (else the one last clicked, else
 * the current state), and what an instructor's jump is doing.
 */
export function MapDetails() {
  const current = useCurrentId();
  const shown = useMapUi((s) => s.inspected ?? s.pinned) ?? current;
  const jump = useMapUi((s) => s.jump);
  const live = useIsLive();
  const instructor = useLab((s) => policyOf(s.mode).instructorTools);
  const node = NODE_BY_ID.get(shown) ?? NODE_BY_ID.get(current);
  return (
    <section className="map-details sunken-panel" aria-label="About this state" tabIndex={0}>
      {node && <About node={node} />}
      {live && instructor && (
        <p className="map-hint">{node && jumpsOnActivate(node.id, live) ? 'Instructor: click a state (or press Enter on it) to move the lab there.' : 'Instructor: click a state to move the lab there.'}</p>
      )}
      <p className={`map-jump map-jump-${jump.phase}`} role="status">{jumpMessage(jump)}</p>
    </section>
  );
}
