import { EVENTS } from '../world/event-catalog.ts';
import type { NodeName } from '../world/names.ts';
import type { GroupState, ResourceState } from '../world/types.ts';
import { onlineSteps, scheduleFailover, scheduleSteps } from './cluster-schedule.ts';
import type { Draft } from './draft.ts';
import { recordIncident, writeEvent } from './effects.ts';
import { dependantsOf, groupResources, nodeAccepts, otherNode } from './topology.ts';

export function stopServiceOf(d: Draft, r: ResourceState, node: NodeName): void {
  if (!r.serviceName) return;
  const svc = d.w.services[node][r.serviceName];
  svc.status = 'Stopped';
  svc.controller = null;
}

/** Counts this failure within the resource's restart period (Q260527: 3 in 900 s by default). */
function countFailure(d: Draft, r: ResourceState): void {
  const windowOpen = r.failureCount > 0 && r.failureWindowStart !== undefined && d.w.clock - r.failureWindowStart <= r.restartPeriodSeconds * 1000;
  if (!windowOpen) {
    r.failureCount = 0;
    r.failureWindowStart = d.w.clock;
  }
  r.failureCount += 1;
}

/** Q197047: failovers the group made within its failover period, this one included if it happens. */
export function failoversInPeriod(g: GroupState, clock: number): number[] {
  return g.failoverTimes.filter((t) => clock - t < g.failoverPeriodHours * 3600_000);
}

/**
 * Q260527, Q197047: restart up to the resource's threshold within its period, then fail the group
 * over, at most the group's failover threshold times within the failover period; past that the
 * group stays Failed where it is.
 */
export function resourceFailed(d: Draft, r: ResourceState, node: NodeName): void {
  r.status = 'Failed';
  countFailure(d, r);
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
    return;
  }
  const recent = failoversInPeriod(g, d.w.clock);
  if (r.affectTheGroup && recent.length < g.failoverThreshold && nodeAccepts(d.w, to)) {
    g.failoverTimes = [...recent, d.w.clock];
    recordIncident(d, { kind: 'group-failover', from: node, to, cause: 'resource-failure' });
    const wanted = [r.name, ...fallen, ...groupResources(d.w, r.group).filter((x) => x.status !== 'Offline').map((x) => x.name)];
    scheduleFailover(d, r.group, to, 'failover', wanted);
  }
}
