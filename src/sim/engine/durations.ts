import { RES, RIP_KEY, servicePath, type DatabaseService, type NodeName } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';
import type { OperationStep, RegKey, World } from '../world/types.ts';
import { generationsToReplay } from './database.ts';
import { restoreBytes } from './restore-files.ts';

/** Q171277: IP addresses are quick, database services slow. Milliseconds of simulated time. */
const ONLINE: Record<string, number> = {
  [RES.ip]: 1000, [RES.networkName]: 2000, [RES.disk]: 2000, [RES.sa]: 5000, [RES.ds]: 7000, [RES.is]: 9000,
  [RES.mta]: 4000, [RES.es]: 2000, [RES.imc]: 3000,
};
const SERVICE_START: Record<string, number> = {
  MSExchangeSA: 5000, MSExchangeDS: 7000, MSExchangeIS: 9000, MSExchangeMTA: 4000, MSExchangeES: 2000, MSExchangeIMC: 3000,
};

/**
 * [R] ESE97 replaying one 5 MB log generation during hard recovery on a 1999 server (one or two
 * Pentium II/III processors, the logs and databases on the shared SCSI disk): about 15 s. No
 * source gives a rate; the set's ten generations (0x36–0x3f) make a replay of minutes.
 */
export const REPLAY_MS_PER_LOG = 15_000;

const isDatabase = (service: string): service is DatabaseService => service === 'MSExchangeDS' || service === 'MSExchangeIS';

/**
 * How long a start of a database service takes: a normal start, or (Q200941) a start that replays
 * the restored logs and .pat files, then shuts the database down and starts it again.
 */
function databaseStart(w: World, node: NodeName, service: DatabaseService, normal: number, key?: RegKey | null): number {
  const generations = generationsToReplay(w, node, service, key);
  return generations === 0 ? normal : normal + generations * REPLAY_MS_PER_LOG + normal;
}

/**
 * The Restore in Progress key a cluster start of `service` will find on `node`: Bring Online first
 * restores the resource's registry checkpoint (Q174070, Q188674), which usually removes it.
 */
function keyAfterCheckpoint(w: World, resource: string, node: NodeName, service: DatabaseService): RegKey | null {
  const r = w.cluster.resources[resource];
  for (const path of r.registryCheckpoints) {
    const saved = w.checkpoints[resource]?.[path];
    if (saved && servicePath(service).toUpperCase() === `HKEY_LOCAL_MACHINE\\${path}`.toUpperCase()) return saved.keys[RIP_KEY] ?? null;
  }
  return findKey(w.registry[node], `${servicePath(service)}\\${RIP_KEY}`) ?? null;
}

function resourceOnline(w: World, resource: string): number {
  const normal = ONLINE[resource] ?? 1500;
  const r = w.cluster.resources[resource];
  const service = r?.serviceName;
  if (!service || !isDatabase(service)) return normal;
  const node = w.cluster.groups[r.group].owner;
  // Attaching to a service already running from Control Panel replays nothing.
  if (w.services[node][service].status !== 'Stopped') return normal;
  return databaseStart(w, node, service, normal, keyAfterCheckpoint(w, resource, node, service));
}

/**
 * Simulated ms a step takes, counted from when it becomes the first of its operation. Normal
 * starts and cluster moves take seconds; a restore streams the set's bytes at the tape drive's
 * rate; a hard recovery replays the set's log generations.
 */
export function stepDuration(w: World, step: OperationStep): number {
  switch (step.kind) {
    case 'resource-online':
      return resourceOnline(w, step.resource);
    case 'resource-offline':
      return w.cluster.resources[step.resource]?.type === 'Generic Service' ? 2000 : 1000;
    case 'service-start': {
      const normal = SERVICE_START[step.service] ?? 3000;
      return isDatabase(step.service) ? databaseStart(w, step.node, step.service, normal) : normal;
    }
    case 'service-stop':
      return 2000;
    case 'restore': {
      const record = w.backup.restores[step.record];
      const set = w.tape.sets[0];
      if (!record || !set) return 1000;
      return Math.ceil((restoreBytes(record.options, set) / w.tape.drive.bytesPerSecond) * 1000);
    }
    case 'catalog':
      // [R] The set's catalog is written after its data (Q164805): the drive locates it first.
      return w.tape.drive.accessMs;
    case 'detect-failure':
      // The resource monitor's IsAlive poll notices a stopped service within seconds.
      return 5000;
    case 'change-owner':
      return 1500;
    case 'node-join':
      return 15000;
    case 'deliver-mail':
      return 3000;
  }
}
