import { EVENTS } from '../world/event-catalog.ts';
import type { NodeName } from '../world/names.ts';
import type { ResourceState } from '../world/types.ts';
import { onlineSteps, scheduleFailover, scheduleSteps } from './cluster-schedule.ts';
import type { Draft } from './draft.ts';
import { recordIncident, writeEvent } from './effects.ts';
import { dependantsOf, groupResources, otherNode } from './topology.ts';

export function stopServiceOf(d: Draft, r: ResourceState, node: NodeName): void {
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
