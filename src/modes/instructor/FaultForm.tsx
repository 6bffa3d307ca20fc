import { useId, useState } from 'react';
import type { Fault } from '../../sim/events.ts';
import { NODES, type DatabaseService, type NodeName } from '../../sim/world/names.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { sendLab, useLab, useWorldShallow } from '../../store/lab-session.ts';
import { describeFault } from '../selectors/describe-event.ts';

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
  const [kind, setKind] = useState<Kind>('node-down');
  const [node, setNode] = useState<NodeName>('NODE2');
  const [resource, setResource] = useState<string>('Microsoft Exchange Directory');
  const [service, setService] = useState<DatabaseService>('MSExchangeDS');
  const [status, setStatus] = useState('');
  const finished = useLab((s) => s.snapshot.status !== 'active');

  const fault = (): Fault => {
    switch (kind) {
      case 'node-down': return { kind, node };
      case 'resource-failure': return { kind, resource };
      case 'rip-key-deleted': return { kind, node, service };
      default: return { kind };
    }
  };
  const inject = () => {
    const f = fault();
    const refusal = refusalOf(sendLab({ type: 'fault.inject', fault: f }));
    setStatus(refusal ? `Not injected: ${refusal}` : `Injected: ${describeFault(f)}.`);
  };

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
        <button type="button" disabled={finished} onClick={inject}>Inject fault</button>
      </div>
      <p className="coach-note" role="status">{status}</p>
    </fieldset>
  );
}
