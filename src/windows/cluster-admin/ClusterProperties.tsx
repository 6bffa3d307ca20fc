import { useId } from 'react';
import type { ClusterPropertiesView } from '../../sim/selectors/cluster-properties.ts';
import { Icon } from '../../ui/Icon.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { PropertySheet } from '../../ui/PropertySheet.tsx';
import { Fact, Field } from './fields.tsx';

/**
 * The cluster's property sheet (Q174794): General, Quorum, Network Priority. The lab models no change
 * to them, so the boxes are read-only and the buttons that would change them are greyed [R].
 */
export function ClusterProperties({ p, onClose }: { p: ClusterPropertiesView; onClose: () => void }) {
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
    <ModalDialog title={`${p.name} Properties`} onCancel={onClose} className="cluadmin-sheet">
      <PropertySheet
        label={`${p.name} properties`}
        tabs={[
          { id: 'general', label: 'General', content: general },
          { id: 'quorum', label: 'Quorum', content: <QuorumPage q={p.quorum} /> },
          { id: 'network-priority', label: 'Network Priority', content: <NetworkPriorityPage networks={p.networkPriority} /> },
        ]}
        onOk={onClose}
        onCancel={onClose}
        onApply={onClose}
        applyDisabled
      />
    </ModalDialog>
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

/** Q174794: networks for internal cluster communications, highest priority first. */
function NetworkPriorityPage({ networks }: { networks: readonly string[] }) {
  const id = useId();
  return (
    <div className="cluadmin-page">
      <span id={id}>Networks used for internal cluster communications:</span>
      <div className="cluadmin-readlist-row">
        <ul className="sunken-panel cluadmin-priority-list" aria-labelledby={id}>
          {networks.map((n) => (
            <li key={n}>
              <Icon name="network" />
              {n}
            </li>
          ))}
        </ul>
        <div className="cluadmin-column-buttons">
          <button type="button" disabled>Move Up</button>
          <button type="button" disabled>Move Down</button>
        </div>
      </div>
      <div className="cluadmin-right">
        <button type="button" disabled>Properties</button>
      </div>
    </div>
  );
}
