import { EVENTS } from '../world/event-catalog.ts';
import type { NodeName } from '../world/names.ts';
import type { Draft } from './draft.ts';
import { groupBusy, scheduleFailover } from './cluster-schedule.ts';
import { stepDuration } from './durations.ts';
import { failbackAllowedNow } from './group-policy.ts';
import { recordIncident, schedule, writeEvent } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { groupResources, nodeAccepts, nodeRuns, onlineOrder, otherNode } from './topology.ts';

/** A node stops (power loss, crash). Its groups fail over to the survivor if it is up. */
export function nodeDown(d: Draft, node: NodeName): SimError | null {
  if (!d.w.cluster.nodes[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status === 'Down') return simError('wrong-state', `${node} is already down.`);
  d.w.cluster.nodes[node].status = 'Down';
  for (const svc of Object.values(d.w.services[node])) {
    svc.status = 'Stopped';
    svc.controller = null;
  }
  d.w.consoles.open[node] = [];
  d.w.dialogs = d.w.dialogs.filter((x) => x.node !== node);
  d.w.ops = d.w.ops.filter((op) => !op.steps.some((s) => 'node' in s && s.node === node));
  for (const r of d.w.backup.restores) if (r.status === 'running' && r.node === node) {
    r.status = 'aborted';
    r.endSeq = d.w.seq;
    recordIncident(d, { kind: 'restore-aborted', node });
  }
  d.w.ops = d.w.ops.filter((op) => !op.steps.some((s) => s.kind === 'restore' && d.w.backup.restores[s.record].status !== 'running'));
  const survivor = otherNode(node);
  // A paused survivor notices the loss but takes no groups.
  const up = nodeAccepts(d.w, survivor);
  if (nodeRuns(d.w, survivor)) writeEvent(d, survivor, EVENTS.clusNodeDown(node));
  for (const g of Object.values(d.w.cluster.groups)) {
    if (g.owner !== node) continue;
    const wanted = onlineOrder(d.w, g.name).filter((n) => d.w.cluster.resources[n].status !== 'Offline');
    for (const r of groupResources(d.w, g.name)) r.status = r.status === 'Offline' ? 'Offline' : 'Failed';
    // Drop pending work on this group's resources: the node that ran it is gone.
    d.w.ops = d.w.ops.filter((op) => !op.steps.some((s) => 'resource' in s && d.w.cluster.resources[s.resource]?.group === g.name));
    if (!up) continue;
    recordIncident(d, { kind: 'group-failover', from: node, to: survivor, cause: 'node-down' });
    for (const r of groupResources(d.w, g.name)) if (r.status === 'Failed') r.status = 'Offline';
    schedule(d, [{ kind: 'change-owner', group: g.name, to: survivor, reason: 'failover', bring: wanted },
      ...wanted.map((resource) => ({ kind: 'resource-online' as const, resource, trigger: 'failover' as const }))], 500);
  }
  return null;
}

/** Cluster Administrator > Pause Node: the node keeps its groups but takes no new ones. */
export function pauseNode(d: Draft, node: NodeName): SimError | null {
  const n = d.w.cluster.nodes[node];
  if (!n) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (n.status === 'Paused') return simError('wrong-state', `The cluster node '${node}' is already paused.`);
  if (n.status !== 'Up') return simError('node-down', `The cluster node '${node}' is not available for this operation.`);
  n.status = 'Paused';
  return null;
}

/** Cluster Administrator > Resume Node. */
export function resumeNode(d: Draft, node: NodeName): SimError | null {
  const n = d.w.cluster.nodes[node];
  if (!n) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (n.status !== 'Paused') return simError('wrong-state', `The cluster node '${node}' is not paused.`);
  n.status = 'Up';
  return null;
}

export function nodeUp(d: Draft, node: NodeName): SimError | null {
  if (!d.w.cluster.nodes[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status !== 'Down') return simError('wrong-state', `${node} is already running.`);
  d.w.cluster.nodes[node].status = 'Joining';
  const step = { kind: 'node-join' as const, node };
  schedule(d, [step], stepDuration(d.w, step));
  return null;
}

export function completeNodeJoin(d: Draft, node: NodeName): 'done' {
  if (d.w.cluster.nodes[node].status !== 'Joining') return 'done';
  d.w.cluster.nodes[node].status = 'Up';
  const other = otherNode(node);
  if (nodeRuns(d.w, other)) writeEvent(d, other, EVENTS.clusNodeJoined(node));
  // A group whose owner is down comes home to the first node that returns.
  for (const g of Object.values(d.w.cluster.groups)) {
    if (d.w.cluster.nodes[g.owner].status !== 'Down') continue;
    const wanted = onlineOrder(d.w, g.name).filter((n) => d.w.cluster.resources[n].status !== 'Offline');
    for (const r of groupResources(d.w, g.name)) if (r.status === 'Failed') r.status = 'Offline';
    schedule(d, [{ kind: 'change-owner', group: g.name, to: node, reason: 'failover', bring: wanted },
      ...wanted.map((resource) => ({ kind: 'resource-online' as const, resource, trigger: 'failover' as const }))], 500);
  }
  failBack(d, node);
  return 'done';
}

/** Q197047: a group whose first preferred owner just joined moves back to it only if its Failback tab allows it now. */
function failBack(d: Draft, node: NodeName): void {
  for (const g of Object.values(d.w.cluster.groups)) {
    if (g.owner === node || g.preferredOwners[0] !== node || !nodeRuns(d.w, g.owner)) continue;
    if (!failbackAllowedNow(g.failback, d.w.clock) || groupBusy(d, g.name)) continue;
    scheduleFailover(d, g.name, node, 'failover', onlineOrder(d.w, g.name).filter((n) => d.w.cluster.resources[n].status !== 'Offline'));
  }
}
