import { directDependencies, resourceOwner, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import type { ResourceState } from '../../sim/world/types.ts';
import { Icon } from '../../ui/Icon.tsx';
import { Choice, Fact, Field, ownerItem, ReadList } from './fields.tsx';

type Page = { w: ClusterView; r: ResourceState };

export function GeneralPage({ w, r }: Page) {
  return (
    <div className="cluadmin-page">
      <div className="cluadmin-name-row">
        <Icon name="resource" size={32} />
        <Field label="Name:" value={r.name} />
      </div>
      <Field label="Description:" value={r.description} />
      <ReadList label="Possible owners:" items={r.possibleOwners.map(ownerItem)} action="Modify..." />
      <Choice type="checkbox" label="Run this resource in a separate Resource Monitor" checked={false} />
      <hr />
      <Fact label="Resource type:" value={r.type} />
      <Fact label="Group:" value={r.group} />
      <Fact label="State:" value={r.status} />
      <Fact label="Node:" value={resourceOwner(w, r.name) ?? ''} />
    </div>
  );
}

export function DependenciesPage({ w, r }: Page) {
  const deps = directDependencies(w, r.name);
  return (
    <div className="cluadmin-page">
      <p>
        Specify which resources the Cluster Service must bring online before this resource can be brought online.
      </p>
      <div className="sunken-panel cluadmin-deps">
        <table aria-label="Resource dependencies">
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Resource Type</th>
            </tr>
          </thead>
          <tbody>
            {deps.map((d) => (
              <tr key={d.name}>
                <td>{d.name}</td>
                <td>{d.type}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="cluadmin-right">
        <button type="button" disabled>
          Modify...
        </button>
      </div>
    </div>
  );
}

export function AdvancedPage({ r }: Page) {
  const restart = r.restartAction === 'Restart';
  return (
    <div className="cluadmin-page">
      <Choice type="radio" name="restart" label="Do not restart" checked={!restart} />
      <Choice type="radio" name="restart" label="Restart" checked={restart} />
      <div className="cluadmin-indent">
        <Choice type="checkbox" label="Affect the group" checked={r.affectTheGroup} />
        <Field label="Threshold:" value={r.restartThreshold} width={40} />
        <Field label="Period:" value={r.restartPeriodSeconds} width={40} suffix="seconds" />
      </div>
      <fieldset>
        <legend>&quot;Looks Alive&quot; poll interval</legend>
        <Choice type="radio" name="looks" label="Use value from resource type" checked />
        <Field label="Specify value:" value={5000} width={60} suffix="milliseconds" />
      </fieldset>
      <fieldset>
        <legend>&quot;Is Alive&quot; poll interval</legend>
        <Choice type="radio" name="is" label="Use value from resource type" checked />
        <Field label="Specify value:" value={60000} width={60} suffix="milliseconds" />
      </fieldset>
      <Field label="Pending timeout:" value={180} width={40} suffix="seconds" />
    </div>
  );
}

/** Parameters differ by type: Service name, Name, Address / Subnet mask, Disk (domain §9.1). */
export function ParametersPage({ r }: Page) {
  return (
    <div className="cluadmin-page">
      {Object.entries(r.parameters).map(([name, value]) =>
        value === 'Yes' || value === 'No' ? (
          <Choice key={name} type="checkbox" label={name} checked={value === 'Yes'} />
        ) : (
          <Field key={name} label={`${name}:`} value={value} />
        ),
      )}
    </div>
  );
}

/** Q245211: the registry keys the cluster checkpoints for a Generic Service. */
export function RegistryPage({ r }: Page) {
  return (
    <div className="cluadmin-page">
      <ReadList label="Root Registry Key" items={r.registryCheckpoints.map((k) => `HKEY_LOCAL_MACHINE\\${k}`)} />
      <div className="cluadmin-right">
        <button type="button" disabled>Add...</button>
        <button type="button" disabled>Modify...</button>
        <button type="button" disabled>Remove</button>
      </div>
    </div>
  );
}
