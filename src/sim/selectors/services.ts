import { engineAccepts } from '../engine/apply.ts';
import { runningDependants as engineRunningDependants } from '../engine/services.ts';
export { canContinue, canPause } from '../engine/service-pause.ts';
import { resourceForService } from '../engine/topology.ts';
import { EXCHANGE_SERVICES, type ExchangeService, type NodeName } from '../world/names.ts';
import type { ServiceState, ServiceStatus, World } from '../world/types.ts';

/**
 * Exchange services on `node` that are running (Started, Start Pending or Paused) and would stop
 * with `service`, furthest dependants first (the order the SCM stops them). Pure.
 * Q162353: the Services applet names them before it stops anything.
 */
export function runningDependants(w: World, node: NodeName, service: ExchangeService): ExchangeService[] {
  return engineRunningDependants({ w }, node, service);
}

/** The NT 4 applet's Status column: "Started", "Paused", blank for stopped, pending states as they are. */
export function serviceStatusText(status: ServiceStatus): string {
  return status === 'Stopped' ? '' : status;
}

/** One Exchange service as the Services applet lists it. */
export interface ExchangeServiceRow {
  service: ExchangeService;
  displayName: string;
  status: ServiceStatus;
  startupType: 'Automatic' | 'Manual' | 'Disabled';
}

/** The node's Exchange services in catalogue order. Pure; unknown node gives []. */
export function exchangeServiceRows(w: World, node: NodeName): ExchangeServiceRow[] {
  return exchangeServiceRowsOf(w.services[node]);
}

/** Same, from one node's service table (lets a component memoise on that table's identity). */
export function exchangeServiceRowsOf(services: Record<ExchangeService, ServiceState> | undefined): ExchangeServiceRow[] {
  if (!services) return [];
  return EXCHANGE_SERVICES.map((s) => ({
    service: s,
    displayName: services[s].displayName,
    status: services[s].status,
    startupType: services[s].startupType,
  }));
}

/**
 * Name of the cluster resource that runs `service`, or null. excc02_26: clustered Exchange
 * services stay Manual; Q290651 shows a changed start value being put back from the checkpoint.
 */
export function clusterResourceOf(w: World, service: ExchangeService): string | null {
  return resourceForService(w, service)?.name ?? null;
}

/**
 * The first of `services` on `node` still in `status` (e.g. which service of a stop chain the
 * progress box should name), or null when none is. Pure.
 */
export function firstInStatus(w: World, node: NodeName, services: readonly ExchangeService[], status: ServiceStatus): ExchangeService | null {
  return services.find((s) => w.services[node]?.[s]?.status === status) ?? null;
}

/** The applet's Start and Stop buttons for one service. */
export interface ServiceCommands {
  start: boolean;
  stop: boolean;
}

/**
 * Start / Stop as the engine accepts them on `node` now (a dry run of `service.start` and of
 * `service.stop` with its dependants, which is what the applet sends after asking). Pure.
 */
export function serviceCommands(w: World, node: NodeName, service: ExchangeService): ServiceCommands {
  return {
    start: engineAccepts(w, { type: 'service.start', node, service }),
    stop: engineAccepts(w, { type: 'service.stop', node, service, withDependants: true }),
  };
}
