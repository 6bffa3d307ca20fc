import type { EventOf } from '../events.ts';
import { EVENTS } from '../world/event-catalog.ts';
import { ITEM_SERVICE, RES, RIP_KEY, VIRTUAL_SERVER, servicePath, type DatabaseService, type NodeName } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';
import type { Incident, OperationStep, RegKey } from '../world/types.ts';
import { syncLedger } from './checkpoints.ts';
import { databaseFolder, expectedRstMap } from './database.ts';
import type { Draft } from './draft.ts';
import { stepDuration } from './durations.ts';
import { recordIncident, schedule, showDialog, writeEvent } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { runningDependants, scmStart } from './services.ts';
import { exchangeOwner, nodeRuns } from './topology.ts';

/** RPC_S_SERVER_UNAVAILABLE (1722) as NT prints it: what a client gets from a name with no Exchange RPC endpoint (Q314588). */
export const RPC_UNAVAILABLE = 'The RPC server is unavailable.';

const SERVICE_ITEM_NAME: Record<DatabaseService, string> = { MSExchangeDS: 'Microsoft Exchange Directory', MSExchangeIS: 'Microsoft Exchange Information Store' };
// Q147121 form.
const unableToRestore = (server: string, service: DatabaseService) =>
  `Unable to restore data to ${server}\\${SERVICE_ITEM_NAME[service]}, Check the application event log for more information.`;

/** Q200941 / Q296229: the eight values NT Backup writes. */
export function ripKeyFor(service: DatabaseService, logRange: [number, number]): RegKey {
  const map = expectedRstMap(service);
  const folder = databaseFolder(service);
  return {
    keys: {},
    values: {
      BackupLogPath: { type: 'REG_SZ', data: folder },
      CheckpointFilePath: { type: 'REG_SZ', data: folder },
      'EDB Database recovered': { type: 'REG_BINARY', data: [0] },
      EDB_RstMap: { type: 'REG_MULTI_SZ', data: map },
      'EDB_RstMap Size': { type: 'REG_DWORD', data: map.length / 2 },
      'HighLog Number': { type: 'REG_DWORD', data: logRange[1] },
      LogPath: { type: 'REG_SZ', data: folder },
      'LowLog Number': { type: 'REG_DWORD', data: logRange[0] },
    },
  };
}

/** Whether the tape's catalog is being read now (an Operations > Catalog still running). */
export const catalogRunning = (w: Draft['w']): boolean => w.ops.some((op) => op.steps[0]?.kind === 'catalog');

/**
 * Operations > Catalog, or a double-click on the tape (Q164805): the drive reads the set's catalog,
 * which takes a while; until then the set is only partially cataloged (Q155236 for the refusal).
 */
export function loadCatalog(d: Draft, node: NodeName): SimError | null {
  if (d.w.cluster.nodes[node]?.status !== 'Up') return simError('node-down', `The computer \\\\${node} is not available.`);
  if (d.w.tape.cataloged) return simError('wrong-state', 'No uncataloged sets were found on tape.');
  if (catalogRunning(d.w)) return simError('busy', 'The tape is already being cataloged.');
  const step: OperationStep = { kind: 'catalog', node };
  schedule(d, [step], stepDuration(d.w, step));
  return null;
}

export function completeCatalog(d: Draft): 'done' {
  d.w.tape.cataloged = true;
  return 'done';
}

/** NT Backup > Restore of an Exchange set (domain §4.7, F1, F5). */
export function startRestore(d: Draft, e: EventOf<'backup.restore'>): SimError | null {
  const { node } = e;
  if (!nodeRuns(d.w, node)) return simError('node-down', `The computer \\\\${node} is not available.`);
  if (!d.w.tape.cataloged) return simError('wrong-state', 'The tape catalog has not been loaded. Double-click the tape in the Tapes window to load it.');
  if (e.items.length === 0) return simError('invalid-argument', 'No backup sets are selected. Select the Directory or the Information Store to restore.');
  if (d.w.backup.restores.some((r) => r.status === 'running')) return simError('busy', 'A restore operation is already in progress.');
  const services = e.items.map((i) => ITEM_SERVICE[i]);
  const record = { seq: d.w.seq, node, options: { items: [...e.items], destination: e.destination, erase: e.erase, private: e.private, public: e.public, startService: e.startService }, status: 'running' as const, endSeq: null };
  const owner = exchangeOwner(d.w);

  if (e.destination.trim().toUpperCase() !== VIRTUAL_SERVER) {
    // F5, Q314588: Exchange on a cluster answers RPC only on the virtual server's address.
    const target = services.includes('MSExchangeIS') ? 'MSExchangeIS' : 'MSExchangeDS';
    writeEvent(d, node, EVENTS.ntbackup8010(RPC_UNAVAILABLE, target));
    return refuse(d, node, record, 'server-unavailable', unableToRestore(e.destination.trim() || '(none)', target));
  }
  const res = d.w.cluster.resources;
  if (res[RES.networkName].status !== 'Online' || res[RES.ip].status !== 'Online') {
    // §4.7, Q314588: NT Backup reaches EXCHVS1's services over RPC through the virtual server's name
    // and address; with either offline nothing answers, exactly as for a wrong destination (F5).
    const target = services.includes('MSExchangeIS') ? 'MSExchangeIS' : 'MSExchangeDS';
    writeEvent(d, node, EVENTS.ntbackup8010(RPC_UNAVAILABLE, target));
    return refuse(d, node, record, 'virtual-server-offline', unableToRestore(VIRTUAL_SERVER, target));
  }
  if (res[RES.disk].status !== 'Online') {
    // The databases are written to the group's shared disk; offline, no node has it mounted.
    const target = services.includes('MSExchangeIS') ? 'MSExchangeIS' : 'MSExchangeDS';
    writeEvent(d, node, EVENTS.ntbackupWriteFailed(`E:\\exchsrvr\\${target === 'MSExchangeIS' ? 'MDBDATA' : 'DSADATA'}`));
    return refuse(d, node, record, 'disk-offline', unableToRestore(VIRTUAL_SERVER, target));
  }
  for (const service of services) {
    const svc = d.w.services[owner][service];
    if (svc.status === 'Stopped') continue;
    if (svc.controller === 'cluster') {
      // F1, Q237739: NT Backup stops the service with ControlService(STOP), which the cluster defeats.
      writeEvent(d, node, EVENTS.ntbackup8010('The service cannot accept control messages at this time.', service));
      return refuse(d, node, record, 'services-running', unableToRestore(VIRTUAL_SERVER, service));
    }
    // Started from Control Panel: NT Backup can stop it itself.
    for (const s of [...runningDependants(d, owner, service), service]) {
      d.w.services[owner][s].status = 'Stopped';
      d.w.services[owner][s].controller = null;
    }
  }
  // Q175298: NT Backup needs the System Attendant and starts it if it is not running.
  if (d.w.services[owner].MSExchangeSA.status === 'Stopped') {
    d.w.services[owner].MSExchangeSA.status = 'Started';
    d.w.services[owner].MSExchangeSA.controller = 'scm';
  }
  d.w.backup.restores.push(record);
  const index = d.w.backup.restores.length - 1;
  const set = d.w.tape.sets[0];
  for (const service of services) {
    const db = d.w.disk.databases[service];
    // The files are written from now on; until the job ends the set is incomplete.
    Object.assign(db, {
      condition: 'restored', org: set.org, patchFiles: true, logRange: set.logRange, incomplete: true, patchMismatch: false, skippedLogs: undefined,
      strayLogs: !e.erase,
      privatePresent: service === 'MSExchangeIS' ? e.private || (!e.erase && db.privatePresent) : true,
      publicPresent: service === 'MSExchangeIS' ? e.public || (!e.erase && db.publicPresent) : true,
    });
    if (service === 'MSExchangeIS' && e.erase) {
      db.privatePresent = e.private;
      db.publicPresent = e.public;
    }
    // Q200941: the key is written on the server being restored, which is the group's owner.
    const parent = findKey(d.w.registry[owner], servicePath(service));
    if (parent) parent.keys[RIP_KEY] = ripKeyFor(service, set.logRange);
    syncLedger(d, owner, service, false, 'restore');
    syncLedger(d, owner, service, true, 'restore');
  }
  writeEvent(d, node, EVENTS.ntbackupRestoreStarted(VIRTUAL_SERVER));
  const step: OperationStep = { kind: 'restore', node, record: index };
  schedule(d, [step], stepDuration(d.w, step));
  return null;
}

function refuse(d: Draft, node: NodeName, record: Draft['w']['backup']['restores'][number], reason: Extract<Incident, { kind: 'restore-refused' }>['reason'], text: string): null {
  d.w.backup.restores.push({ ...record, status: 'refused', endSeq: d.w.seq });
  recordIncident(d, { kind: 'restore-refused', node, reason });
  showDialog(d, { node, app: 'backup', icon: 'error', title: 'Backup', text });
  return null;
}

export function completeRestore(d: Draft, step: Extract<OperationStep, { kind: 'restore' }>): 'done' {
  const record = d.w.backup.restores[step.record];
  if (record.status !== 'running') return 'done';
  record.status = 'completed';
  record.endSeq = d.w.seq;
  for (const item of record.options.items) d.w.disk.databases[ITEM_SERVICE[item]].incomplete = false;
  writeEvent(d, step.node, EVENTS.ntbackupRestoreCompleted(VIRTUAL_SERVER));
  if (record.options.startService) {
    // Q188674: started outside the cluster, so the key survives and is read.
    const owner = exchangeOwner(d.w);
    const last = record.options.items.includes('Information Store') ? 'MSExchangeIS' : 'MSExchangeDS';
    scmStart(d, owner, last, 'backup');
  }
  return 'done';
}

/** Abort in the Restore Status window (F10): the files on disk stay incomplete. */
export function abortRestore(d: Draft, node: NodeName): SimError | null {
  const index = d.w.backup.restores.findIndex((r) => r.status === 'running' && r.node === node);
  if (index < 0) return simError('wrong-state', 'No restore is running on this computer.');
  const record = d.w.backup.restores[index];
  record.status = 'aborted';
  record.endSeq = d.w.seq;
  d.w.ops = d.w.ops.filter((op) => !(op.steps[0]?.kind === 'restore' && op.steps[0].record === index));
  recordIncident(d, { kind: 'restore-aborted', node });
  writeEvent(d, node, EVENTS.ntbackupRestoreAborted(VIRTUAL_SERVER));
  return null;
}
