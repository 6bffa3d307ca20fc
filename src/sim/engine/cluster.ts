import type { GroupName } from '../world/names.ts';
import type { ResourceState } from '../world/types.ts';
import { groupBusy, isPending, offlineSteps, onlineSteps, ownerOfResource, scheduleFailover, scheduleSteps } from './cluster-schedule.ts';
import { resourceFailed } from './cluster-failure.ts';
import type { Draft } from './draft.ts';
import { recordIncident, showDialog } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { dependantsOf, dependenciesOf, nodeAccepts, nodeRuns, onlineOrder, otherNode } from './topology.ts';

/** Cluster Administrator's commands on resources and groups (domain §4.7). */

function findResource(d: Draft, name: string): ResourceState | SimError {
  return d.w.cluster.resources[name] ?? simError('unknown-resource', `The resource '${name}' does not exist in cluster ${d.w.cluster.name}.`);
}

/** Cluster Administrator > Take Offline: dependants first, then the resource (Q171791). */
export function takeResourceOffline(d: Draft, name: string): SimError | null {
  const r = findResource(d, name);
  if ('code' in r) return r;
  if (r.status === 'Offline') return simError('wrong-state', `The resource '${name}' is already offline.`);
  if (isPending(r)) return simError('busy', `The resource '${name}' is in a pending state. Wait for it to finish.`);
  scheduleSteps(d, offlineSteps(d, [...dependantsOf(d.w, name), name]));
  return null;
}

/** Cluster Administrator > Bring Online: dependencies first; checkpoint restore on each (Q188674). */
export function bringResourceOnline(d: Draft, name: string): SimError | null {
  const r = findResource(d, name);
  if ('code' in r) return r;
  if (r.status === 'Online') return simError('wrong-state', `The resource '${name}' is already online.`);
  if (isPending(r)) return simError('busy', `The resource '${name}' is in a pending state. Wait for it to finish.`);
  if (!nodeRuns(d.w, ownerOfResource(d, r))) return simError('node-down', 'The cluster node that owns this resource is not available.');
  for (const n of [...dependenciesOf(d.w, name), name]) d.w.cluster.resources[n].failureCount = 0;
  scheduleSteps(d, onlineSteps(d, [...dependenciesOf(d.w, name), name], 'resource'));
  return null;
}

export function bringGroupOnline(d: Draft, group: GroupName): SimError | null {
  if (!d.w.cluster.groups[group]) return simError('unknown-group', `The group '${group}' does not exist.`);
  if (groupBusy(d, group)) return simError('busy', `The group '${group}' has resources in a pending state.`);
  const order = onlineOrder(d.w, group);
  if (order.every((n) => d.w.cluster.resources[n].status === 'Online')) return simError('wrong-state', `The group '${group}' is already online.`);
  for (const n of order) d.w.cluster.resources[n].failureCount = 0;
  scheduleSteps(d, onlineSteps(d, order, 'group'));
  return null;
}

export function takeGroupOffline(d: Draft, group: GroupName): SimError | null {
  if (!d.w.cluster.groups[group]) return simError('unknown-group', `The group '${group}' does not exist.`);
  if (groupBusy(d, group)) return simError('busy', `The group '${group}' has resources in a pending state.`);
  const order = onlineOrder(d.w, group).reverse();
  if (order.every((n) => d.w.cluster.resources[n].status === 'Offline')) return simError('wrong-state', `The group '${group}' is already offline.`);
  scheduleSteps(d, offlineSteps(d, order));
  return null;
}

/** Move Group (Q238063 step 9): offline here, change owner, online there. */
export function moveGroup(d: Draft, group: GroupName): SimError | null {
  const g = d.w.cluster.groups[group];
  if (!g) return simError('unknown-group', `The group '${group}' does not exist.`);
  if (groupBusy(d, group)) return simError('busy', `The group '${group}' has resources in a pending state.`);
  const to = otherNode(g.owner);
  if (d.w.cluster.nodes[to].status === 'Paused') {
    // A paused node takes no groups (winerror 5070, ERROR_CLUSTER_NODE_PAUSED); the trainee paused it, no procedure mistake.
    showDialog(d, { node: d.w.consoles.active, app: 'cluster-admin', icon: 'error', title: 'Cluster Administrator',
      text: `An error occurred moving group '${group}'.\n\nThe cluster node is paused.\n\nError ID: 5070 (000013ce).` });
    return null;
  }
  if (!nodeAccepts(d.w, to)) {
    // F14 [R]: with the other node down there is nowhere to move the group.
    recordIncident(d, { kind: 'move-refused', reason: 'no-node' });
    showDialog(d, { node: d.w.consoles.active, app: 'cluster-admin', icon: 'error', title: 'Cluster Administrator',
      text: `An error occurred moving group '${group}'.\n\nThe cluster node is not available for this operation.\n\nError ID: 5005 (0000138d).` });
    return null;
  }
  scheduleFailover(d, group, to, 'move', onlineOrder(d.w, group).filter((n) => d.w.cluster.resources[n].status !== 'Offline'));
  return null;
}

export function initiateFailure(d: Draft, name: string): SimError | null {
  const r = findResource(d, name);
  if ('code' in r) return r;
  if (r.status !== 'Online') return simError('wrong-state', `The resource '${name}' must be online to initiate a failure.`);
  resourceFailed(d, r, ownerOfResource(d, r));
  return null;
}
