import { EVENTS } from '../world/event-catalog.ts';
import { EXCHANGE_GROUP, RES, RIP_KEY, SERVICE_DISPLAY, SITE, VIRTUAL_SERVER, ripPath, type DatabaseService, type ExchangeService, type NodeName } from '../world/names.ts';
import { findKey, splitPath } from '../world/registry-tree.ts';
import type { IncidentCause, RegKey, World } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { nextPid, recordIncident, writeEvent } from './effects.ts';
import { exchangeOwner } from './topology.ts';

export type StartResult = { ok: true } | { ok: false; cause: IncidentCause; dialog: string };
type Trigger = 'resource' | 'group' | 'restart' | 'failover' | 'scm';

const FOLDER: Record<DatabaseService, string> = { MSExchangeDS: 'DSADATA', MSExchangeIS: 'MDBDATA' };
/** Old/new pairs NT Backup writes in EDB_RstMap (domain §6). */
export const expectedRstMap = (service: DatabaseService): string[] => {
  const dir = `\\\\${VIRTUAL_SERVER}\\E$\\exchsrvr\\${FOLDER[service]}`;
  const dbs = service === 'MSExchangeDS' ? ['DIR.EDB'] : ['PRIV.EDB', 'PUB.EDB'];
  return dbs.flatMap((db) => [`${dir}\\${db}`, `${dir}\\${db}`]);
};
export const databaseFolder = (service: DatabaseService) => `\\\\${VIRTUAL_SERVER}\\E$\\exchsrvr\\${FOLDER[service]}`;

const serviceSpecific = (service: ExchangeService, code: number) => `The ${SERVICE_DISPLAY[service]} service returned service specific error ${code}.`;
const couldNotStart = (service: ExchangeService, node: NodeName, error: string) => `Could not start the ${SERVICE_DISPLAY[service]} service on \\\\${node}.\n\n${error}`;
const ERR_2140 = 'Error 2140: An internal Windows NT error occurred.';
const ERR_1067 = 'Error 1067: The process terminated unexpectedly.';

function ripKeyOn(d: Draft, node: NodeName, service: DatabaseService): RegKey | undefined {
  return findKey(d.w.registry[node], ripPath(service));
}

/** Q200941: the eight values, their types, and the paths and log range they must name. */
/** A well-formed EDB_RstMap line: a UNC path to an .EDB file. */
const UNC_EDB = /^\\\\[^\\]+\\[^\\]+\\.+\.EDB$/i;

function ripProblem(key: RegKey, service: DatabaseService, logRange: [number, number] | null): 'malformed' | 'wrong-pair' | 'files' | null {
  const v = key.values;
  const str = (n: string) => (v[n]?.type === 'REG_SZ' || v[n]?.type === 'REG_EXPAND_SZ' ? String(v[n].data) : null);
  const num = (n: string) => (v[n]?.type === 'REG_DWORD' ? Number(v[n].data) : null);
  const map = v.EDB_RstMap?.type === 'REG_MULTI_SZ' ? (v.EDB_RstMap.data as string[]) : null;
  const expected = expectedRstMap(service);
  if (!map || map.length % 2 !== 0 || num('EDB_RstMap Size') !== map.length / 2) return 'malformed';
  if (map.length !== expected.length || !map.every((p) => UNC_EDB.test(p))) return 'malformed';
  // Q262041: well-formed pairs that name the wrong paths are accepted without a word.
  const wrongPair = map.some((p, i) => p.toUpperCase() !== expected[i].toUpperCase());
  for (const n of ['BackupLogPath', 'CheckpointFilePath', 'LogPath']) if (str(n)?.toUpperCase() !== databaseFolder(service).toUpperCase()) return 'malformed';
  if (v['EDB Database recovered']?.type !== 'REG_BINARY') return 'malformed';
  const low = num('LowLog Number');
  const high = num('HighLog Number');
  if (low === null || high === null) return 'malformed';
  if (!logRange || low !== logRange[0] || high !== logRange[1]) return 'files';
  return wrongPair ? 'wrong-pair' : null;
}

function recovered(key: RegKey): boolean {
  const data = key.values['EDB Database recovered']?.data;
  return Array.isArray(data) && data[0] === 1;
}

function deleteRipKey(d: Draft, node: NodeName, service: DatabaseService): void {
  const parts = splitPath(ripPath(service));
  const parent = findKey(d.w.registry[node], parts.slice(0, -1).join('\\'));
  if (parent) delete parent.keys[RIP_KEY];
  d.w.ripLedger = d.w.ripLedger.filter((e) => !(e.node === node && e.service === service));
}

function fail(d: Draft, node: NodeName, service: ExchangeService, cause: IncidentCause, via: 'cluster' | 'scm', trigger: Trigger, dialog: string): StartResult {
  recordIncident(d, { kind: 'database-start-failed', node, service, cause, via, trigger });
  return { ok: false, cause, dialog };
}

/** What hard recovery does with a Restore in Progress key not yet marked recovered, in the order the engine checks. */
export type HardRecoveryVerdict = 'malformed' | 'patch-mismatch' | 'files-missing' | 'partial-store' | 'stray-logs' | 'replay' | 'replay-wrong-pair';

/** Q200941 and the failure branches: whether a start with `key` replays the restored logs, or why not. Pure. */
export function hardRecoveryVerdict(w: World, service: DatabaseService, key: RegKey): HardRecoveryVerdict {
  const db = w.disk.databases[service];
  const problem = ripProblem(key, service, db.logRange);
  if (problem === 'malformed') return 'malformed';
  if (db.patchMismatch) return 'patch-mismatch';
  if (problem === 'files' || db.incomplete || db.condition !== 'restored') return 'files-missing';
  if (service === 'MSExchangeIS' && (!db.privatePresent || !db.publicPresent)) return 'partial-store';
  if (db.strayLogs) return 'stray-logs';
  return problem === 'wrong-pair' ? 'replay-wrong-pair' : 'replay';
}

/**
 * Log generations a start of `service` on `node` will replay (0 for a normal start or one that
 * fails before replaying), with `keyFound` the Restore in Progress key the engine will find (null:
 * none; by default the live one). Mirrors `runServiceStart`; the durations use it. Pure.
 */
export function generationsToReplay(w: World, node: NodeName, service: DatabaseService, keyFound?: RegKey | null): number {
  if (exchangeOwner(w) !== node || w.cluster.resources[RES.disk].status !== 'Online') return 0;
  const key = keyFound === undefined ? findKey(w.registry[node], ripPath(service)) : keyFound;
  if (!key || recovered(key)) return 0;
  const verdict = hardRecoveryVerdict(w, service, key);
  if (verdict !== 'replay' && verdict !== 'replay-wrong-pair') return 0;
  const range = w.disk.databases[service].logRange!;
  return range[1] - range[0] + 1;
}

/**
 * Starts an Exchange service's process on `node` right now and runs the database engine's start
 * logic (domain §4.7). Writes the events a real start writes. Does not touch cluster resources.
 */
export function runServiceStart(d: Draft, node: NodeName, service: ExchangeService, via: 'cluster' | 'scm', trigger: Trigger): StartResult {
  const isOwner = exchangeOwner(d.w) === node;
  const ownsDisk = isOwner && d.w.cluster.resources[RES.disk].status === 'Online';
  if (!ownsDisk) {
    // The owner with its disk offline sees the same symptoms as the other node (F15, not F13).
    const cause: IncidentCause = isOwner ? 'disk-offline' : 'no-disk';
    if (service === 'MSExchangeSA') {
      // Outside the cluster's environment the SA runs as the node, not as EXCHVS1, and finds no server object.
      writeEvent(d, node, EVENTS.scm7023(SERVICE_DISPLAY[service], 'An internal Windows NT error occurred.'));
      return fail(d, node, service, cause, via, trigger, couldNotStart(service, node, ERR_2140));
    }
    // F13: the databases live on the shared disk, which only the group's owner can see.
    if (service === 'MSExchangeDS') {
      writeEvent(d, node, EVENTS.ds1002(-1811));
      return fail(d, node, service, cause, via, trigger, couldNotStart(service, node, ERR_2140));
    }
    if (service === 'MSExchangeIS') {
      writeEvent(d, node, EVENTS.is5000('-1811'));
      return fail(d, node, service, cause, via, trigger, serviceSpecific(service, 4294965485));
    }
    writeEvent(d, node, EVENTS.scm7034(SERVICE_DISPLAY[service]));
    return fail(d, node, service, cause, via, trigger, couldNotStart(service, node, ERR_1067));
  }
  if (service === 'MSExchangeSA') {
    writeEvent(d, node, EVENTS.saStarted());
    return { ok: true };
  }
  if (service === 'MSExchangeDS' || service === 'MSExchangeIS') return startDatabase(d, node, service, via, trigger);
  if (service === 'MSExchangeMTA') writeEvent(d, node, EVENTS.mta9298());
  else if (service === 'MSExchangeES') writeEvent(d, node, EVENTS.es0());
  else writeEvent(d, node, EVENTS.imcStarted());
  return { ok: true };
}

function startDatabase(d: Draft, node: NodeName, service: DatabaseService, via: 'cluster' | 'scm', trigger: Trigger): StartResult {
  const db = d.w.disk.databases[service];
  const isDs = service === 'MSExchangeDS';
  const proc = isDs ? 'MSExchangeDS' : 'MSExchangeIS';
  const pid = nextPid(d);
  // Read without copying the registry: most starts only look at the key.
  const key = findKey(d.peek('registry')[node], ripPath(service));
  writeEvent(d, node, EVENTS.ese100Started(proc, pid));

  if (key && !recovered(key)) {
    // Hard recovery (Q200941): replay restored logs and .pat files, or fail and keep the key.
    const verdict = hardRecoveryVerdict(d.w, service, key);
    if (verdict === 'malformed') {
      // Q169859, Q232705: a malformed EDB_RstMap gives error 87.
      if (isDs) writeEvent(d, node, EVENTS.ds1196('c7ff0057'));
      else writeEvent(d, node, EVENTS.is1081('0x00000057'));
      return fail(d, node, service, 'rip-malformed', via, trigger, isDs ? couldNotStart(service, node, ERR_2140) : serviceSpecific(service, 87));
    }
    if (verdict === 'patch-mismatch') {
      // Q231299 (F8): isinteg -patch / eseutil /r ran a soft recovery; the .pat files no longer match: -552.
      writeEvent(d, node, EVENTS.ese0PatchMismatch(proc, pid));
      if (isDs) {
        // [reconstructed text] The KB documents the store only; the Directory reports the same error its way.
        writeEvent(d, node, EVENTS.ds1196('c8000228'));
        return fail(d, node, service, 'patch-mismatch', via, trigger, couldNotStart(service, node, ERR_1067));
      }
      writeEvent(d, node, EVENTS.is1080('0xc8000228', 'The patch file is not generated from this backup.'));
      writeEvent(d, node, EVENTS.is5000('0xc8000228'));
      return fail(d, node, service, 'patch-mismatch', via, trigger, serviceSpecific(service, 3355443752));
    }
    if (verdict === 'files-missing') {
      // Q161584, Q181795: the files the key names are not there.
      if (isDs) writeEvent(d, node, EVENTS.ds1196('c7ff0007'));
      else writeEvent(d, node, EVENTS.is1080('0xc8000713', 'Unable to find the file.'));
      return fail(d, node, service, 'files-missing', via, trigger, isDs ? couldNotStart(service, node, ERR_1067) : serviceSpecific(service, 3355445011));
    }
    if (verdict === 'partial-store') {
      // Q156063, Q247109: Private and Public must both be restored.
      writeEvent(d, node, EVENTS.is1080('0xc8000713', 'Unable to find the file.'));
      return fail(d, node, service, 'partial-store', via, trigger, serviceSpecific(service, 3355445011));
    }
    if (verdict === 'stray-logs') {
      // F6: logs left from before the restore (Q247769 for the Directory, Q322314 for the store).
      const next = `edb${(db.logRange![1] + 1).toString(16).padStart(5, '0')}.log`;
      if (isDs) {
        writeEvent(d, node, EVENTS.ese124(pid));
        writeEvent(d, node, EVENTS.ds1196('c8000212'));
        return fail(d, node, service, 'stray-logs', via, trigger, couldNotStart(service, node, ERR_1067));
      }
      writeEvent(d, node, EVENTS.ese199Gap(next));
      writeEvent(d, node, EVENTS.is1081Unable('0xc8000235'));
      writeEvent(d, node, EVENTS.is5000('0xc8000235'));
      return fail(d, node, service, 'stray-logs', via, trigger, serviceSpecific(service, 3355443765));
    }
    const problem = verdict === 'replay-wrong-pair' ? 'wrong-pair' : null;
    const folder = `E:\\exchsrvr\\${FOLDER[service]}`;
    writeEvent(d, node, EVENTS.ese106Restoring(pid, folder));
    for (let gen = db.logRange![0]; gen <= db.logRange![1]; gen++) {
      writeEvent(d, node, EVENTS.ese109Replaying(pid, `${folder}\\edb${gen.toString(16).padStart(5, '0')}.log`));
    }
    writeEvent(d, node, EVENTS.ese107Stopped(pid));
    if (problem === 'wrong-pair') {
      // Q262041 (F9): the replay did not attach to the restored database, so what the logs held is gone.
      db.skippedLogs = db.logRange!;
      recordIncident(d, { kind: 'logs-skipped', node, service });
    }
    // Q200941: 00 → 01, the engine restarts, then the service deletes the key.
    ripKeyOn(d, node, service)!.values['EDB Database recovered'] = { type: 'REG_BINARY', data: [1] };
    deleteRipKey(d, node, service);
    db.condition = 'consistent';
    db.patchFiles = false;
  } else if (key) {
    deleteRipKey(d, node, service);
  } else if (db.condition === 'restored') {
    // Q188674 / Q238063: no key, inconsistent restored files, no Edb.log: -528.
    if (isDs) {
      writeEvent(d, node, EVENTS.ds1002(-528));
      return fail(d, node, service, 'missing-log', via, trigger, couldNotStart(service, node, ERR_2140));
    }
    writeEvent(d, node, EVENTS.is1120CurrentLogMissing());
    writeEvent(d, node, EVENTS.is5000('Current log file missing'));
    return fail(d, node, service, 'missing-log', via, trigger, serviceSpecific(service, 4294966768));
  } else if (db.condition === 'damaged') {
    if (isDs) {
      writeEvent(d, node, EVENTS.ds1002(-1206));
      return fail(d, node, service, 'damaged', via, trigger, couldNotStart(service, node, ERR_2140));
    }
    writeEvent(d, node, EVENTS.is5000('-1206'));
    return fail(d, node, service, 'damaged', via, trigger, serviceSpecific(service, 4294966090));
  }

  if (!isDs && db.org !== d.w.installedOrg) {
    // Q155509: organisation and site names are case sensitive; only a reinstall fixes this (F11).
    writeEvent(d, node, EVENTS.is1088(db.org, d.w.installedOrg, SITE));
    return fail(d, node, service, 'org-mismatch', via, trigger, serviceSpecific(service, 1276));
  }
  writeEvent(d, node, isDs ? EVENTS.dsStarted() : EVENTS.is1001());
  return { ok: true };
}

export const ownerOf = (d: Draft) => d.w.cluster.groups[EXCHANGE_GROUP].owner;
