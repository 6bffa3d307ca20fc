import type { SimEvent } from '../events.ts';
import { RES, type ExchangeService, type NodeName } from '../world/names.ts';
import { restoreSteps } from './standard.ts';

/** Building blocks for scenario preludes and solutions (each a plain event list). */
export const tick = (ms = 60_000): SimEvent => ({ type: 'clock.tick', ms });
/** Enough simulated time for anything the cluster does by itself (restarts, failover) to finish. */
export const wait = (minutes = 5): SimEvent[] => Array.from({ length: minutes }, () => tick());
export const open = (node: NodeName, app: Extract<SimEvent, { type: 'app.open' }>['app']): SimEvent => ({ type: 'app.open', node, app });
export const close = (node: NodeName, app: Extract<SimEvent, { type: 'app.open' }>['app']): SimEvent => ({ type: 'app.close', node, app });
export const dismiss = (id: number): SimEvent => ({ type: 'dialog.dismiss', id });
export const switchTo = (node: NodeName): SimEvent => ({ type: 'console.switch', node });
/**
 * Start from Control Panel and wait: a start that replays the set's ten log generations takes about
 * 2¾ minutes, and the store with the Directory it needs about twice that.
 */
export const startService = (node: NodeName, service: ExchangeService): SimEvent[] => [{ type: 'service.start', node, service }, tick(360_000)];

/** KB step 1 only: Cluster Administrator open, Exchange Cluster selected. */
export const selectGroupSteps = (node: NodeName = 'NODE1'): SimEvent[] => [
  open(node, 'cluster-admin'),
  { type: 'cluster.selectGroup', node, group: 'Exchange Cluster' },
];

/** Restore with NT Backup already open (Restore Information filled in, OK, wait). */
export const restoreAgain = (node: NodeName, overrides: Parameters<typeof restoreSteps>[1] = {}): SimEvent[] => restoreSteps(node, overrides).slice(1, 3);

/** Bring one resource online in Cluster Administrator (already open) and let the cluster act. */
export const bringOnline = (resource: string): SimEvent[] => [{ type: 'resource.bringOnline', resource }, ...wait(10)];
/**
 * Bring a resource online that will keep failing, and wait until the cluster gives up: three
 * restarts on each node, failing the group over until its threshold (10 in 6 hours, Q197047) is
 * used up. Short ticks, because every restart and failover is a new operation (about 7 minutes).
 */
export const bringOnlineUntilGivenUp = (resource: string): SimEvent[] => [
  { type: 'resource.bringOnline', resource },
  ...Array.from({ length: 90 }, () => tick(10_000)),
];
export const takeOffline = (resource: string = RES.ds): SimEvent[] => [{ type: 'resource.takeOffline', resource }, tick()];
