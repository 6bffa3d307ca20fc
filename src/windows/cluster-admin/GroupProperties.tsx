import { groupStatus, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import type { GroupName } from '../../sim/world/names.ts';
import { Icon } from '../../ui/Icon.tsx';
import { PropertySheet } from '../../ui/PropertySheet.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { Choice, Fact, Field, ownerItem, ReadList } from './fields.tsx';

/** A group's property sheet: General, Failover (Q197047), Failback. Read-only. */
export function GroupProperties({ w, name, onClose }: { w: ClusterView; name: GroupName; onClose: () => void }) {
  const g = w.cluster.groups[name];
  if (!g) return null;
  const general = (
    <div className="cluadmin-page">
      <div className="cluadmin-name-row">
        <Icon name="group" size={32} />
        <Field label="Name:" value={g.name} />
      </div>
      <Field label="Description:" value="" />
      <ReadList label="Preferred owners:" items={g.preferredOwners.map(ownerItem)} action="Modify..." />
      <hr />
      <Fact label="State:" value={groupStatus(w, name)} />
      <Fact label="Node:" value={g.owner} />
    </div>
  );
  const failover = (
    <div className="cluadmin-page">
      <p>
        Specify how many times the Cluster Service may fail over this group within a period. When the group fails more
        often than the threshold, the Cluster Service leaves it offline.
      </p>
      <Field label="Threshold:" value={g.failoverThreshold} width={40} suffix="times" />
      <Field label="Period:" value={g.failoverPeriodHours} width={40} suffix="hours" />
    </div>
  );
  const failback = (
    <div className="cluadmin-page">
      <p>Specify whether the group moves back to its preferred owner when that node comes back online.</p>
      <Choice type="radio" name="failback" label="Prevent failback" checked />
      <Choice type="radio" name="failback" label="Allow failback" checked={false} />
    </div>
  );
  return (
    <ModalDialog title={`${g.name} Properties`} onCancel={onClose} className="cluadmin-sheet">
      <PropertySheet
        label={`${g.name} properties`}
        tabs={[
          { id: 'general', label: 'General', content: general },
          { id: 'failover', label: 'Failover', content: failover },
          { id: 'failback', label: 'Failback', content: failback },
        ]}
        onOk={onClose}
        onCancel={onClose}
        onApply={onClose}
        applyDisabled
      />
    </ModalDialog>
  );
}
