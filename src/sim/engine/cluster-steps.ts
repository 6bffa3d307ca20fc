import { EVENTS } from '../world/event-catalog.ts';
import type { OperationStep } from '../world/types.ts';
import { restoreCheckpoint, saveCheckpoint } from './checkpoints.ts';
import { ownerOfResource } from './cluster-schedule.ts';
import { resourceFailed, stopServiceOf } from './cluster-failure.ts';
import { runServiceStart } from './database.ts';
import type { Draft } from './draft.ts';
import { writeEvent } from './effects.ts';
import { dependantsOf, groupResources, nodeAccepts, nodeRuns } from './topology.ts';

/** How each queued cluster step finishes when simulated time reaches it. */

export type StepResult = 'done' | 'wait' | 'abort';

/** Finishes a `resource-online` step: start the service (or attach to a running one). */
export function completeResourceOnline(d: Draft, step: Extract<OperationStep, { kind: 'resource-online' }>): StepResult {
  const r = d.w.cluster.resources[step.resource];
  const node = ownerOfResource(d, r);
  if (r.status !== 'Online Pending') return 'done';
  if (!nodeRuns(d.w, node)) return 'abort';
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
  if (!nodeAccepts(d.w, step.to)) return 'abort';
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
