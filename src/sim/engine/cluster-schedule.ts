import type { GroupName, NodeName } from '../world/names.ts';
import type { OperationStep, ResourceState } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { stepDuration } from './durations.ts';
import { schedule } from './effects.ts';
import { groupResources, onlineOrder } from './topology.ts';

/** Shared by the cluster commands and the failure policy: how work on resources is queued. */

type OnlineTrigger = Extract<OperationStep, { kind: 'resource-online' }>['trigger'];

export const ownerOfResource = (d: Draft, r: ResourceState): NodeName => d.w.cluster.groups[r.group].owner;
export const isPending = (r: ResourceState) => r.status === 'Online Pending' || r.status === 'Offline Pending';
/** A group is busy while any of its resources is pending or it is being moved between nodes. */
export const groupBusy = (d: Draft, group: GroupName) =>
  groupResources(d.w, group).some(isPending) || d.w.ops.some((op) => op.steps.some((s) => s.kind === 'change-owner' && s.group === group));

export function scheduleSteps(d: Draft, steps: OperationStep[]): void {
  if (steps.length) schedule(d, steps, stepDuration(d.w, steps[0]));
}

export function onlineSteps(d: Draft, names: string[], trigger: OnlineTrigger): OperationStep[] {
  const steps: OperationStep[] = [];
  for (const n of names) {
    const r = d.w.cluster.resources[n];
    if (r.status === 'Online' || r.status === 'Online Pending') continue;
    r.status = 'Online Pending';
    steps.push({ kind: 'resource-online', resource: n, trigger });
  }
  return steps;
}

export function offlineSteps(d: Draft, names: string[]): OperationStep[] {
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

export function scheduleFailover(d: Draft, group: GroupName, to: NodeName, reason: 'move' | 'failover', wanted: string[]): void {
  const order = onlineOrder(d.w, group);
  const bring = order.filter((n) => wanted.includes(n));
  const steps: OperationStep[] = [...offlineSteps(d, [...order].reverse()), { kind: 'change-owner', group, to, reason, bring }];
  for (const n of bring) steps.push({ kind: 'resource-online', resource: n, trigger: reason === 'move' ? 'group' : 'failover' });
  scheduleSteps(d, steps);
}
