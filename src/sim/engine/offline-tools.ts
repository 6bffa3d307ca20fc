import type { DatabaseService, NodeName } from '../world/names.ts';
import { RES } from '../world/names.ts';
import type { SoftRecoveryResult } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { recordIncident } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { exchangeOwner, nodeRuns } from './topology.ts';

/**
 * `isinteg -patch` or `eseutil /r` on `node` (Q231299): the database engine's soft recovery. It
 * replays the logs up to Edb.log but never the .pat files, so a restored database no longer matches
 * its patch files and the next hard recovery fails with -552 (F8). An online restore writes no
 * Edb.log, so with Erase All Existing Data ticked it cannot run ("only runs if an Edb.log is present").
 * The result goes into an incident the console reads; it is never a refusal.
 */
export function softRecovery(d: Draft, node: NodeName, service: DatabaseService, tool: 'isinteg' | 'eseutil'): SimError | null {
  if (!nodeRuns(d.w, node)) return simError('node-down', `The computer \\\\${node} is not available.`);
  const db = d.w.disk.databases[service];
  let result: SoftRecoveryResult;
  if (d.w.services[node][service].status !== 'Stopped') result = 'in-use';
  else if (exchangeOwner(d.w) !== node || d.w.cluster.resources[RES.disk].status !== 'Online') result = 'no-disk';
  else if (db.condition !== 'restored' || db.patchMismatch) result = 'clean';
  else if (!db.strayLogs) result = 'missing-log';
  else {
    db.patchMismatch = true;
    // The old logs were replayed into the database: they no longer break hard recovery, the patch files do.
    db.strayLogs = false;
    result = 'recovered';
  }
  recordIncident(d, { kind: 'soft-recovery', node, service, tool, result });
  return null;
}
