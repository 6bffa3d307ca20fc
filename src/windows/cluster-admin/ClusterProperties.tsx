import { useId, useState, type KeyboardEvent } from 'react';
import type { ClusterPropertiesView } from '../../sim/selectors/cluster-properties.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { sendLab } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import { EditableSheet } from './EditableSheet.tsx';
import { Fact, Field } from './fields.tsx';

/**
 * The cluster's property sheet (Q174794): General, Quorum, Network Priority. Only the network
 * priority is modelled (OK or Apply sends it to the cluster); the name, description and quorum are
 * read-only and the buttons that would change them are greyed [R].
 */
export function ClusterProperties({ p, onClose }: { p: ClusterPropertiesView; onClose: () => void }) {
  const [order, setOrder] = useState(p.networkPriority);
  const [dirty, setDirty] = useState(false);
  const reorder = (next: string[]) => {
    setOrder(next);
    setDirty(true);
  };
  const general = (
    <div className="cluadmin-page">
      <div className="cluadmin-name-row">
        <Icon name="cluster" size={32} />
        <Field label="Name:" value={p.name} />
      </div>
      <Field label="Description:" value={p.description} />
      <hr />
      <Fact label="Version:" value={p.version} />
    </div>
  );
  return (
    <EditableSheet
      name={p.name}
      tabs={[
        { id: 'general', label: 'General', content: general },
        { id: 'quorum', label: 'Quorum', content: <QuorumPage q={p.quorum} /> },
        { id: 'network-priority', label: 'Network Priority', content: <NetworkPriorityPage networks={order} onChange={reorder} /> },
      ]}
      dirty={dirty}
      send={() => refusalOf(sendLab({ type: 'cluster.setNetworkPriority', networks: order }))}
      onSent={() => setDirty(false)}
      onClose={onClose}
    />
  );
}

/** A drop-down list showing one choice, greyed: the lab does not move the quorum. */
function FixedSelect({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="cluadmin-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} disabled value={value}>
        <option value={value}>{value}</option>
      </select>
    </div>
  );
}

function QuorumPage({ q }: { q: ClusterPropertiesView['quorum'] }) {
  return (
    <div className="cluadmin-page cluadmin-quorum">
      <FixedSelect label="Quorum resource:" value={q.resource} />
      <fieldset>
        <legend>Quorum file</legend>
        <FixedSelect label="Partition:" value={q.partition} />
        <Field label="Root path:" value={q.rootPath} />
      </fieldset>
      <Field label="Reset quorum log at:" value={q.resetLogKb} width={48} suffix="KB" />
    </div>
  );
}

/**
 * Q174794: networks for internal cluster communications, highest priority first. Move Up / Move Down
 * move the selected network (the selection goes with it); a network's own Properties (its role) is not
 * modelled and stays greyed.
 */
function NetworkPriorityPage({ networks, onChange }: { networks: readonly string[]; onChange: (next: string[]) => void }) {
  const id = useId();
  const [selected, setSelected] = useState(0);
  const move = (by: -1 | 1) => {
    const to = selected + by;
    if (to < 0 || to >= networks.length) return;
    const next = [...networks];
    [next[selected], next[to]] = [next[to], next[selected]];
    onChange(next);
    setSelected(to);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    setSelected((i) => Math.min(networks.length - 1, Math.max(0, i + by)));
  };
  return (
    <div className="cluadmin-page">
      <span id={id}>Networks used for internal cluster communications:</span>
      <div className="cluadmin-readlist-row">
        <ul
          role="listbox"
          tabIndex={0}
          aria-labelledby={id}
          aria-activedescendant={`${id}-${selected}`}
          className="sunken-panel cluadmin-priority-list"
          onKeyDown={onKeyDown}
        >
          {networks.map((n, i) => (
            <li key={n} id={`${id}-${i}`} role="option" aria-selected={i === selected} onClick={() => setSelected(i)}>
              <Icon name="network" />
              {n}
            </li>
          ))}
        </ul>
        <div className="cluadmin-column-buttons">
          <button type="button" disabled={selected === 0} onClick={() => move(-1)}>Move Up</button>
          <button type="button" disabled={selected === networks.length - 1} onClick={() => move(1)}>Move Down</button>
        </div>
      </div>
      <div className="cluadmin-right">
        <button type="button" disabled>Properties</button>
      </div>
    </div>
  );
}
