import { useId } from 'react';
import type { Fault } from '../../sim/events.ts';
import { NODES, type DatabaseService, type NodeName } from '../../sim/world/names.ts';
import { useLab, useWorldShallow } from '../../store/lab-session.ts';
import { injectChosenFault, useFaultChoice } from './fault-choice.ts';

type Kind = Fault['kind'];
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'node-down', label: 'Node down' },
  { kind: 'resource-failure', label: 'Resource failure' },
  { kind: 'rip-key-deleted', label: 'Restore in Progress key deleted' },
  { kind: 'tape-uncataloged', label: 'Tape catalog missing' },
  { kind: 'org-mismatch', label: 'Organisation name mismatch' },
];

/** Instructor: inject a fault into the running world. The world decides what it does. */
export function FaultForm() {
  const id = useId();
  const resources = useWorldShallow((w) => Object.keys(w.cluster.resources));
  const { kind, node, resource, service, status, choose } = useFaultChoice();
  const finished = useLab((s) => s.snapshot.status !== 'active');
  const setKind = (k: Kind) => choose({ kind: k });
  const setNode = (n: NodeName) => choose({ node: n });
  const setResource = (r: string) => choose({ resource: r });
  const setService = (v: DatabaseService) => choose({ service: v });

  return (
    <fieldset className="dock-fieldset">
      <legend>Inject a fault</legend>
      <div className="field-row">
        <label htmlFor={`${id}-kind`}>Fault:</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
        </select>
      </div>
      {(kind === 'node-down' || kind === 'rip-key-deleted') && (
        <div className="field-row">
          <label htmlFor={`${id}-node`}>Node:</label>
          <select id={`${id}-node`} value={node} onChange={(e) => setNode(e.target.value as NodeName)}>
            {NODES.map((n) => <option key={n}>{n}</option>)}
          </select>
        </div>
      )}
      {kind === 'resource-failure' && (
        <div className="field-row">
          <label htmlFor={`${id}-res`}>Resource:</label>
          <select id={`${id}-res`} value={resource} onChange={(e) => setResource(e.target.value)}>
            {resources.map((r) => <option key={r}>{r}</option>)}
          </select>
        </div>
      )}
      {kind === 'rip-key-deleted' && (
        <div className="field-row">
          <label htmlFor={`${id}-svc`}>Service:</label>
          <select id={`${id}-svc`} value={service} onChange={(e) => setService(e.target.value as DatabaseService)}>
            <option value="MSExchangeDS">Directory (MSExchangeDS)</option>
            <option value="MSExchangeIS">Information Store (MSExchangeIS)</option>
          </select>
        </div>
      )}
      <div className="field-row">
        <button type="button" disabled={finished} onClick={injectChosenFault}>Inject fault</button>
      </div>
      <p className="coach-note" role="status">{status}</p>
    </fieldset>
  );
}
