import { EVENTS } from '../world/event-catalog.ts';
import { SERVICE_DISPLAY, type AppId, type ExchangeService, type NodeName } from '../world/names.ts';
import type { OperationStep } from '../world/types.ts';
import type { StepResult } from './cluster-steps.ts';
import { runServiceStart } from './database.ts';
import type { Draft } from './draft.ts';
import { stepDuration } from './durations.ts';
import { recordIncident, schedule, showDialog, writeEvent } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { exchangeOwner, nodeRuns, resourceForService, serviceDependants, serviceDependencies } from './topology.ts';

const running = (status: string) => status === 'Started' || status === 'Start Pending' || status === 'Paused';

function checkNode(d: Draft, node: NodeName): SimError | null {
  if (!d.w.services[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status === 'Down') return simError('node-down', `The computer \\\\${node} is not available.`);
  return null;
}

/** Control Panel > Services > Start (or NT Backup's Start Service After Restore): no checkpoint restore. */
export function scmStart(d: Draft, node: NodeName, service: ExchangeService, app: AppId = 'services'): SimError | null {
  const bad = checkNode(d, node);
  if (bad) return bad;
  const svc = d.w.services[node][service];
  if (!svc) return simError('unknown-service', `The service '${service}' does not exist on \\\\${node}.`);
  if (svc.status !== 'Stopped') return simError('wrong-state', `Could not start the ${svc.displayName} service on \\\\${node}.\n\nError 1056: An instance of the service is already running.`);
  // NT 4 starts stopped dependencies first.
  const chain = [...serviceDependencies(service).filter((s) => d.w.services[node][s].status === 'Stopped'), service];
  const steps: OperationStep[] = chain.map((s) => ({ kind: 'service-start', node, service: s, requested: service, app }));
  for (const s of chain) d.w.services[node][s].status = 'Start Pending';
  schedule(d, steps, stepDuration(d.w, steps[0]));
  return null;
}

/** Services that would also stop with `service` (for the applet's question box). */
export function runningDependants(d: Draft | { w: Draft['w'] }, node: NodeName, service: ExchangeService): ExchangeService[] {
  return serviceDependants(service).filter((s) => running(d.w.services[node][s].status));
}

export function scmStop(d: Draft, node: NodeName, service: ExchangeService, withDependants: boolean): SimError | null {
  const bad = checkNode(d, node);
  if (bad) return bad;
  const svc = d.w.services[node][service];
  if (!svc) return simError('unknown-service', `The service '${service}' does not exist on \\\\${node}.`);
  if (svc.status !== 'Started' && svc.status !== 'Paused') return simError('wrong-state', `Could not stop the ${svc.displayName} service on \\\\${node}.\n\nError 1062: The service has not been started.`);
  const dependants = runningDependants(d, node, service);
  if (dependants.length && !withDependants) {
    return simError('wrong-state', `Other services depend on ${svc.displayName}: ${dependants.map((s) => SERVICE_DISPLAY[s]).join(', ')}. Stop them too.`);
  }
  const chain = [...dependants, service];
  for (const s of chain) d.w.services[node][s].status = 'Stop Pending';
  const steps: OperationStep[] = chain.map((s) => ({ kind: 'service-stop', node, service: s }));
  schedule(d, steps, stepDuration(d.w, steps[0]));
  return null;
}

export function completeServiceStart(d: Draft, step: Extract<OperationStep, { kind: 'service-start' }>): StepResult {
  const { node, service } = step;
  const svc = d.w.services[node][service];
  if (svc.status !== 'Start Pending') return 'done';
  if (!nodeRuns(d.w, node)) return 'abort';
  for (const dep of serviceDependencies(service)) {
    const s = d.w.services[node][dep].status;
    if (s === 'Start Pending') return 'wait';
    if (s !== 'Started') return 'abort';
  }
  const result = runServiceStart(d, node, service, 'scm', 'scm');
  if (result.ok) {
    svc.status = 'Started';
    svc.controller = 'scm';
    return 'done';
  }
  svc.status = 'Stopped';
  svc.controller = null;
  const text = step.requested === service
    ? result.dialog
    : `Could not start the ${SERVICE_DISPLAY[step.requested]} service on \\\\${node}.\n\nError 1068: The dependency service or group failed to start.`;
  if (step.requested !== service) writeEvent(d, node, EVENTS.scm7001(SERVICE_DISPLAY[step.requested], svc.displayName));
  showDialog(d, { node, app: step.app, icon: 'error', title: step.app === 'backup' ? 'Backup' : 'Service Control', text });
  return 'abort';
}

export function completeServiceStop(d: Draft, step: Extract<OperationStep, { kind: 'service-stop' }>): StepResult {
  const { node, service } = step;
  const svc = d.w.services[node][service];
  if (svc.status !== 'Stop Pending') return 'done';
  const wasCluster = svc.controller === 'cluster';
  svc.status = 'Stopped';
  svc.controller = null;
  const resource = resourceForService(d.w, service);
  if (wasCluster && resource && resource.status === 'Online' && exchangeOwner(d.w) === node) {
    // excc02_26, F12: the cluster sees its resource die and reacts (restart, then failover).
    recordIncident(d, { kind: 'external-stop', node, resource: resource.name });
    schedule(d, [{ kind: 'detect-failure', resource: resource.name }], 5000);
  }
  return 'done';
}

export function revertServiceStep(d: Draft, step: OperationStep): void {
  if (step.kind === 'service-start') {
    const svc = d.w.services[step.node][step.service];
    if (svc.status === 'Start Pending') svc.status = 'Stopped';
  } else if (step.kind === 'service-stop') {
    const svc = d.w.services[step.node][step.service];
    if (svc.status === 'Stop Pending') svc.status = 'Started';
  }
}
