import { EVENTS } from '../world/event-catalog.ts';
import type { ExchangeService, NodeName } from '../world/names.ts';
import type { ServiceState, World } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { recordIncident, schedule, writeEvent } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { exchangeOwner, resourceForService } from './topology.ts';

/**
 * Services that accept SERVICE_CONTROL_PAUSE (the applet enables Pause and Continue only for
 * them, §9.3). [R] the message movers: the Information Store (no new client logons), the MTA and
 * the Internet Mail Service (mail waits in their queues). The System Attendant, Directory and
 * Event Service do not.
 */
export const PAUSABLE_SERVICES: readonly ExchangeService[] = ['MSExchangeIS', 'MSExchangeMTA', 'MSExchangeIMC'];

export const acceptsPause = (service: ExchangeService): boolean => PAUSABLE_SERVICES.includes(service);

/** True when the Services applet would enable Pause for `service` on `node` right now. Pure. */
export function canPause(w: World, node: NodeName, service: ExchangeService): boolean {
  return acceptsPause(service) && w.cluster.nodes[node]?.status !== 'Down' && w.services[node]?.[service]?.status === 'Started';
}

/** True when the Services applet would enable Continue. Pure. */
export function canContinue(w: World, node: NodeName, service: ExchangeService): boolean {
  return w.cluster.nodes[node]?.status !== 'Down' && w.services[node]?.[service]?.status === 'Paused';
}

const ERR_1052 = 'Error 1052: The requested control is not valid for this service.';
const ERR_1062 = 'Error 1062: The service has not been started.';

function serviceOn(d: Draft, node: NodeName, service: ExchangeService): ServiceState | SimError {
  if (!d.w.services[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status === 'Down') return simError('node-down', `The computer \\\\${node} is not available.`);
  return d.w.services[node][service] ?? simError('unknown-service', `The service '${service}' does not exist on \\\\${node}.`);
}

/**
 * Control Panel > Services > Pause. Q175568: the cluster has no paused state for a resource; its
 * Generic Service monitor sees a service that is not running, so pausing one the cluster controls
 * is a resource failure (take the resource offline and start the service here first).
 */
export function scmPause(d: Draft, node: NodeName, service: ExchangeService): SimError | null {
  const svc = serviceOn(d, node, service);
  if ('code' in svc) return svc;
  if (!acceptsPause(service)) return simError('wrong-state', `Could not pause the ${svc.displayName} service on \\\\${node}.\n\n${ERR_1052}`);
  if (svc.status !== 'Started') return simError('wrong-state', `Could not pause the ${svc.displayName} service on \\\\${node}.\n\n${svc.status === 'Paused' ? ERR_1052 : ERR_1062}`);
  svc.status = 'Paused';
  writeEvent(d, node, EVENTS.servicePaused(service, svc.displayName));
  const resource = resourceForService(d.w, service);
  if (svc.controller === 'cluster' && resource?.status === 'Online' && exchangeOwner(d.w) === node) {
    recordIncident(d, { kind: 'external-stop', node, resource: resource.name });
    schedule(d, [{ kind: 'detect-failure', resource: resource.name }], 5000);
  }
  return null;
}

/** Control Panel > Services > Continue: a paused service runs again. */
export function scmContinue(d: Draft, node: NodeName, service: ExchangeService): SimError | null {
  const svc = serviceOn(d, node, service);
  if ('code' in svc) return svc;
  if (svc.status !== 'Paused') {
    return simError('wrong-state', `Could not continue the ${svc.displayName} service on \\\\${node}.\n\n${svc.status === 'Started' ? ERR_1052 : ERR_1062}`);
  }
  svc.status = 'Started';
  writeEvent(d, node, EVENTS.serviceContinued(service, svc.displayName));
  return null;
}
