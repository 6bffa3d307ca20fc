import { policyProblem } from '../../sim/engine/group-policy.ts';
import { groupStatus, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import type { GroupName } from '../../sim/world/names.ts';
import { sendLab } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import { EditableSheet } from './EditableSheet.tsx';
import { Fact, Field, ownerItem, ReadList } from './fields.tsx';
import { FailbackPage, FailoverPage, policyOf, usePolicyForm } from './group-policy-pages.tsx';

/** A group's property sheet: General, Failover and Failback (Q197047); OK or Apply sends the policy to the cluster. */
export function GroupProperties({ w, name, onClose }: { w: ClusterView; name: GroupName; onClose: () => void }) {
  return w.cluster.groups[name] ? <GroupSheet w={w} name={name} onClose={onClose} /> : null;
}

function GroupSheet({ w, name, onClose }: { w: ClusterView; name: GroupName; onClose: () => void }) {
  const g = w.cluster.groups[name];
  const { form, set, dirty, saved } = usePolicyForm(g);
  /** MFC validates the boxes before anything reaches the cluster; the cluster checks again. */
  const send = (): string | null => {
    const policy = policyOf(form);
    return policyProblem(policy) ?? refusalOf(sendLab({ type: 'group.setProperties', group: name, ...policy }));
  };

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
  return (
    <EditableSheet
      name={g.name}
      tabs={[
        { id: 'general', label: 'General', content: general },
        { id: 'failover', label: 'Failover', content: <FailoverPage form={form} set={set} /> },
        { id: 'failback', label: 'Failback', content: <FailbackPage form={form} set={set} /> },
      ]}
      dirty={dirty}
      send={send}
      onSent={saved}
      onClose={onClose}
    />
  );
}
