import { mailFlows } from '../engine/mail.ts';
import { exchangeOwner, groupResources } from '../engine/topology.ts';
import { EXCHANGE_GROUP, RES, ripPath, type DatabaseService } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';
import type { Incident, World } from '../world/types.ts';
import { expectedRstMap, databaseFolder } from '../engine/database.ts';

/** Pure facts about a world that the procedure machine and the UI read. */

const DBS: DatabaseService[] = ['MSExchangeDS', 'MSExchangeIS'];

export const groupSelected = (w: World) => Object.values(w.consoles.selectedGroup).includes(EXCHANGE_GROUP);
export const clusterAdminOpen = (w: World) => Object.values(w.consoles.open).some((apps) => apps.includes('cluster-admin'));

/** What NT Backup needs online during the restore (§7): the System Attendant and everything it depends on. */
const INFRASTRUCTURE = [RES.sa, RES.networkName, RES.ip, RES.disk];

/**
 * KB step 2 done: the Directory and everything above it is offline, nothing is pending, and the
 * System Attendant, Network Name, IP Address and Disk stayed online (§7, Q175298).
 */
export function directoryOffline(w: World): boolean {
  const r = w.cluster.resources;
  const owner = exchangeOwner(w);
  const down = (n: string) => r[n].status === 'Offline' || r[n].status === 'Failed';
  return down(RES.ds) && down(RES.is) && w.services[owner].MSExchangeDS.status === 'Stopped' && w.services[owner].MSExchangeIS.status === 'Stopped' &&
    INFRASTRUCTURE.every((n) => r[n].status === 'Online');
}

/**
 * F15: someone took the System Attendant or what it stands on (Network Name, IP Address, Disk)
 * offline, rather than only the Directory. Not while the cluster itself is moving or restarting them.
 */
export function infrastructureOffline(w: World): boolean {
  const r = w.cluster.resources;
  const clusterAtWork = w.ops.some((op) => op.steps.some((s) => s.kind === 'change-owner' || (s.kind === 'resource-online' && INFRASTRUCTURE.includes(s.resource as never))));
  return !clusterAtWork && INFRASTRUCTURE.some((n) => r[n].status === 'Offline' || r[n].status === 'Offline Pending');
}
export const directoryResourceActive = (w: World) => ['Online', 'Online Pending'].includes(w.cluster.resources[RES.ds].status);

export const lastRestore = (w: World) => w.backup.restores.filter((r) => r.status !== 'refused').at(-1);
export const restoreRunning = (w: World) => w.backup.restores.some((r) => r.status === 'running');
export const restoreCompleted = (w: World) => lastRestore(w)?.status === 'completed';

/** A Restore in Progress key the database engine would accept (all eight values right). */
export function ripKeyValid(w: World, node: World['consoles']['active'], service: DatabaseService): boolean {
  const key = findKey(w.registry[node], ripPath(service));
  if (!key) return false;
  const v = key.values;
  const map = v.EDB_RstMap?.data;
  const db = w.disk.databases[service];
  const folder = databaseFolder(service).toUpperCase();
  return (
    Array.isArray(map) && map.length === expectedRstMap(service).length &&
    (map as string[]).every((p, i) => p.toUpperCase() === expectedRstMap(service)[i].toUpperCase()) &&
    v['EDB_RstMap Size']?.type === 'REG_DWORD' && v['EDB_RstMap Size'].data === map.length / 2 &&
    ['BackupLogPath', 'CheckpointFilePath', 'LogPath'].every((n) => String(v[n]?.data ?? '').toUpperCase() === folder && v[n]?.type === 'REG_SZ') &&
    v['EDB Database recovered']?.type === 'REG_BINARY' &&
    v['LowLog Number']?.type === 'REG_DWORD' && v['LowLog Number'].data === db.logRange?.[0] &&
    v['HighLog Number']?.type === 'REG_DWORD' && v['HighLog Number'].data === db.logRange?.[1]
  );
}
export const ripKeyPresent = (w: World, node: World['consoles']['active'], service: DatabaseService) => findKey(w.registry[node], ripPath(service)) !== undefined;

/** Every restored-but-unrecovered database on the owner has a valid key: ready to start from Control Panel. */
export function readyForHardRecovery(w: World): boolean {
  const owner = exchangeOwner(w);
  const waiting = DBS.filter((s) => w.disk.databases[s].condition === 'restored');
  return waiting.length > 0 && waiting.every((s) => ripKeyValid(w, owner, s)) && !restoreRunning(w);
}

/** KB step 7: Directory and Information Store run on the owner, recovered, keys consumed. */
export function servicesRecovered(w: World): boolean {
  const owner = exchangeOwner(w);
  return DBS.every((s) => w.services[owner][s].status === 'Started' && w.disk.databases[s].condition === 'consistent' && !ripKeyPresent(w, owner, s));
}

/** KB step 8a: recovered databases, services stopped again, resources still offline. */
export function stoppedAfterRecovery(w: World): boolean {
  const owner = exchangeOwner(w);
  const r = w.cluster.resources;
  const down = (n: string) => r[n].status === 'Offline' || r[n].status === 'Failed';
  return DBS.every((s) => w.services[owner][s].status === 'Stopped' && w.disk.databases[s].condition === 'consistent') && down(RES.ds) && down(RES.is);
}

export const exchangeOnline = (w: World) => groupResources(w, EXCHANGE_GROUP).every((r) => r.status === 'Online');

/** KB step 7: a test message with a delivery receipt arrived after the last completed restore. */
export function mailVerified(w: World): boolean {
  const done = lastRestore(w);
  if (!done || done.status !== 'completed' || done.endSeq === null) return false;
  return w.mail.inbox.some((m) => m.kind === 'receipt' && m.sentSeq > done.endSeq!);
}

export const clusterSettled = (w: World) =>
  !Object.values(w.cluster.resources).some((r) => r.status.endsWith('Pending')) && !w.ops.some((op) => op.steps.some((s) => s.kind === 'change-owner' || s.kind === 'detect-failure'));

export const otherNodeUp = (w: World) => Object.values(w.cluster.nodes).every((n) => n.status === 'Up');
export const consoleOnOwner = (w: World) => w.consoles.active === exchangeOwner(w);
export { mailFlows, exchangeOwner };

/** Incidents after `cursor`, newest last. */
export const newIncidents = (w: World, cursor: number): Incident[] => (cursor >= w.incidents.length ? [] : w.incidents.slice(cursor));
