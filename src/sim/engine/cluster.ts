import { EVENTS } from '../world/event-catalog.ts';
import type { GroupName, NodeName } from '../world/names.ts';
import type { OperationStep, ResourceState } from '../world/types.ts';
import { restoreCheckpoint, saveCheckpoint } from './checkpoints.ts';
import { runServiceStart } from './database.ts';
import type { Draft } from './draft.ts';
import { stepDuration } from './durations.ts';
import { recordIncident, schedule, showDialog, writeEvent } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { dependantsOf, dependenciesOf, groupResources, onlineOrder, otherNode } from './topology.ts';

type OnlineTrigger = Extract<OperationStep, { kind: 'resource-online' }>['trigger'];
export type StepResult = 'done' | 'wait' | 'abort';

const ownerOfResource = (d: Draft, r: ResourceState): NodeName => d.w.cluster.groups[r.group].owner;
const isPending = (r: ResourceState) => r.status === 'Online Pending' || r.status === 'Offline Pending';
/** A group is busy while any of its resources is pending or it is being moved between nodes. */
const groupBusy = (d: Draft, group: GroupName) =>
  groupResources(d.w, group).some(isPending) || d.w.ops.some((op) => op.steps.some((s) => s.kind === 'change-owner' && s.group === group));

function findResource(d: Draft, name: string): ResourceState | SimError {
  return d.w.cluster.resources[name] ?? simError('unknown-resource', `The resource '${name}' does not exist in cluster ${d.w.cluster.name}.`);
}

function scheduleSteps(d: Draft, steps: OperationStep[]): void {
  if (steps.length) schedule(d, steps, stepDuration(d.w, steps[0]));
}

function onlineSteps(d: Draft, names: string[], trigger: OnlineTrigger): OperationStep[] {
  const steps: OperationStep[] = [];
  for (const n of names) {
    const r = d.w.cluster.resources[n];
    if (r.status === 'Online' || r.status === 'Online Pending') continue;
    r.status = 'Online Pending';
    steps.push({ kind: 'resource-online', resource: n, trigger });
  }
  return steps;
}

function offlineSteps(d: Draft, names: string[]): OperationStep[] {
  const steps: OperationStep[] = [];
  for (const n of names) {
    const r = d.w.cluster.resources[n];
    if (r.status === 'Offline') continue;
    if (r.status === 'Failed') {
      r.status = 'Offline';
      continue;
    }
    r.status = 'Offline Pending';
    steps.push({ kind: 'resource-offline', resource: n });
  }
  return steps;
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
  if (d.w.cluster.nodes[ownerOfResource(d, r)].status !== 'Up') return simError('node-down', 'The cluster node that owns this resource is not available.');
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
  if (d.w.cluster.nodes[to].status !== 'Up') {
    // F14 [R]: with the other node down there is nowhere to move the group.
    recordIncident(d, { kind: 'move-refused', reason: 'no-node' });
    showDialog(d, { node: d.w.consoles.active, app: 'cluster-admin', icon: 'error', title: 'Cluster Administrator',
      text: `An error occurred moving group '${group}'.\n\nThe cluster node is not available for this operation.\n\nError ID: 5005 (0000138d).` });
    return null;
  }
  scheduleFailover(d, group, to, 'move', onlineOrder(d.w, group).filter((n) => d.w.cluster.resources[n].status !== 'Offline'));
  return null;
}

function scheduleFailover(d: Draft, group: GroupName, to: NodeName, reason: 'move' | 'failover', wanted: string[]): void {
  const order = onlineOrder(d.w, group);
  const bring = order.filter((n) => wanted.includes(n));
  const steps: OperationStep[] = [...offlineSteps(d, [...order].reverse()), { kind: 'change-owner', group, to, reason, bring }];
  for (const n of bring) steps.push({ kind: 'resource-online', resource: n, trigger: reason === 'move' ? 'group' : 'failover' });
  scheduleSteps(d, steps);
}

export function initiateFailure(d: Draft, name: string): SimError | null {
  const r = findResource(d, name);
  if ('code' in r) return r;
  if (r.status !== 'Online') return simError('wrong-state', `The resource '${name}' must be online to initiate a failure.`);
  resourceFailed(d, r, ownerOfResource(d, r));
  return null;
}

function stopServiceOf(d: Draft, r: ResourceState, node: NodeName): void {
  if (!r.serviceName) return;
  const svc = d.w.services[node][r.serviceName];
  svc.status = 'Stopped';
  svc.controller = null;
}

/** Q260527, Q197047: restart up to the threshold, then fail the group over (once per period here). */
export function resourceFailed(d: Draft, r: ResourceState, node: NodeName): void {
  r.status = 'Failed';
  r.failureCount += 1;
  stopServiceOf(d, r, node);
  writeEvent(d, node, r.type === 'Generic Service' ? EVENTS.clusGenericFailed(r.name) : EVENTS.clusResourceFailed(r.name));
  recordIncident(d, { kind: 'resource-failed', node, resource: r.name });
  const fallen = dependantsOf(d.w, r.name).filter((n) => d.w.cluster.resources[n].status !== 'Offline');
  for (const n of fallen) {
    const dep = d.w.cluster.resources[n];
    dep.status = 'Offline';
    stopServiceOf(d, dep, node);
  }
  const g = d.w.cluster.groups[r.group];
  const to = otherNode(node);
  if (r.restartAction === 'Restart' && r.failureCount < r.restartThreshold) {
    scheduleSteps(d, onlineSteps(d, [r.name, ...fallen.reverse()], 'restart'));
  } else if (r.affectTheGroup && g.failovers < g.failoverThreshold && d.w.cluster.nodes[to].status === 'Up') {
    g.failovers += 1;
    recordIncident(d, { kind: 'group-failover', from: node, to, cause: 'resource-failure' });
    const wanted = [r.name, ...fallen, ...groupResources(d.w, r.group).filter((x) => x.status !== 'Offline').map((x) => x.name)];
    scheduleFailover(d, r.group, to, 'failover', wanted);
  }
}

/** Finishes a `resource-online` step: start the service (or attach to a running one). */
export function completeResourceOnline(d: Draft, step: Extract<OperationStep, { kind: 'resource-online' }>): StepResult {
  const r = d.w.cluster.resources[step.resource];
  const node = ownerOfResource(d, r);
  if (r.status !== 'Online Pending') return 'done';
  if (d.w.cluster.nodes[node].status !== 'Up') return 'abort';
  for (const dep of r.dependencies) {
    const s = d.w.cluster.resources[dep].status;
    if (s === 'Online Pending') return 'wait';
    if (s !== 'Online') return 'abort';
  }
  if (!r.serviceName) {
    r.status = 'Online';
    return 'done';
  }
  const svc = d.w.services[node][r.serviceName];
  if (svc.status === 'Start Pending' || svc.status === 'Stop Pending') return 'wait';
  if (svc.status === 'Started' || svc.status === 'Paused') {
    // Q188674: attaching to a running service; the checkpoint cannot be restored (harmless).
    if (svc.controller === 'scm') writeEvent(d, node, EVENTS.clusCheckpointNotRestored(r.name, r.registryCheckpoints[0]));
    svc.controller = 'cluster';
    r.status = 'Online';
    return 'done';
  }
  restoreCheckpoint(d, r, node);
  const result = runServiceStart(d, node, r.serviceName, 'cluster', step.trigger);
  if (result.ok) {
    svc.status = 'Started';
    svc.controller = 'cluster';
    r.status = 'Online';
    return 'done';
  }
  resourceFailed(d, r, node);
  return 'abort';
}

export function completeResourceOffline(d: Draft, step: Extract<OperationStep, { kind: 'resource-offline' }>): StepResult {
  const r = d.w.cluster.resources[step.resource];
  if (r.status !== 'Offline Pending') return 'done';
  const node = ownerOfResource(d, r);
  if (dependantsOf(d.w, r.name).some((n) => d.w.cluster.resources[n].status === 'Offline Pending')) return 'wait';
  if (r.serviceName) {
    saveCheckpoint(d, r, node);
    stopServiceOf(d, r, node);
  }
  r.status = 'Offline';
  return 'done';
}

/** F12: the resource monitor notices a service stopped behind the cluster's back. */
export function completeDetectFailure(d: Draft, step: Extract<OperationStep, { kind: 'detect-failure' }>): StepResult {
  const r = d.w.cluster.resources[step.resource];
  const node = ownerOfResource(d, r);
  if (r.status !== 'Online' || !r.serviceName) return 'done';
  if (d.w.services[node][r.serviceName].status === 'Started') return 'done';
  resourceFailed(d, r, node);
  return 'done';
}

export function completeChangeOwner(d: Draft, step: Extract<OperationStep, { kind: 'change-owner' }>): StepResult {
  const g = d.w.cluster.groups[step.group];
  if (d.w.cluster.nodes[step.to].status !== 'Up') return 'abort';
  const from = g.owner;
  g.owner = step.to;
  if (from === step.to) {
    for (const n of step.bring) d.w.cluster.resources[n].status = 'Online Pending';
    return 'done';
  }
  for (const r of groupResources(d.w, step.group)) r.failureCount = 0;
  for (const n of step.bring) d.w.cluster.resources[n].status = 'Online Pending';
  // Services someone started from Control Panel lose the shared disk and die with it.
  for (const svc of Object.values(d.w.services[from])) {
    if (svc.status === 'Stopped') continue;
    svc.status = 'Stopped';
    svc.controller = null;
    writeEvent(d, from, EVENTS.scm7034(svc.displayName));
  }
  return 'done';
}

/** Puts back the visible state of steps an aborted operation will not run. */
export function revertResourceStep(d: Draft, step: OperationStep): void {
  if (step.kind === 'resource-online') {
    const r = d.w.cluster.resources[step.resource];
    if (r.status === 'Online Pending') r.status = 'Offline';
  } else if (step.kind === 'resource-offline') {
    const r = d.w.cluster.resources[step.resource];
    if (r.status === 'Offline Pending') r.status = 'Online';
  }
}
