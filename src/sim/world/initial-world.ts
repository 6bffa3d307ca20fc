import { INITIAL_NETWORK_PRIORITY } from './network.ts';
import { EVENTS, type EventTemplate } from './event-catalog.ts';
import {
  CLUSTER_GROUP, CLUSTER_NAME, EXCHANGE_GROUP, EXCHANGE_SERVICES, NODES, ORGANIZATION, RES, SERVICE_ACCOUNT, SERVICE_DISPLAY,
  SITE, VIRTUAL_SERVER, type DatabaseService, type ExchangeService, type NodeName,
} from './names.ts';
import { emptyKey } from './registry-tree.ts';
import type { BackupSet, DatabaseFiles, EventLogEntry, MailMessage, RegKey, ResourceState, ServiceState, TapeDrive, World } from './types.ts';

/** What a scenario may change about the starting installation. */
export interface WorldSetup {
  owner: NodeName;
  /** Databases that are damaged at the start (the reason for the restore). */
  damaged: DatabaseService[];
  tapeCataloged: boolean;
  /** Organisation Exchange was (re)installed with; the tape says `ExampleCorp` (F11 when it differs). */
  installedOrg: string;
  nodesDown: NodeName[];
  seed: number;
  /** The Administrator mailbox already holds yesterday's mail (some of it only in the logs on tape). */
  mailboxHistory?: boolean;
}

export const DEFAULT_SETUP: WorldSetup = {
  owner: 'NODE1', damaged: ['MSExchangeIS'], tapeCataloged: true, installedOrg: ORGANIZATION, nodesDown: [], seed: 1,
};

const sz = (data: string) => ({ type: 'REG_SZ' as const, data });
const dword = (data: number) => ({ type: 'REG_DWORD' as const, data });
const key = (values: RegKey['values'] = {}, keys: RegKey['keys'] = {}): RegKey => ({ values, keys });

const IMAGES: Record<ExchangeService, string> = {
  MSExchangeSA: 'C:\\exchsrvr\\bin\\MAD.EXE', MSExchangeDS: 'C:\\exchsrvr\\bin\\DSAMAIN.EXE',
  MSExchangeIS: 'C:\\exchsrvr\\bin\\STORE.EXE', MSExchangeMTA: 'C:\\exchsrvr\\bin\\EMSMTA.EXE',
  MSExchangeES: 'C:\\exchsrvr\\bin\\EVENTS.EXE', MSExchangeIMC: 'C:\\exchsrvr\\connect\\msexcimc\\bin\\MSEXCIMC.EXE',
};

function serviceKey(service: ExchangeService, org: string): RegKey {
  const base = { DisplayName: sz(SERVICE_DISPLAY[service]), ImagePath: sz(IMAGES[service]), ObjectName: sz(SERVICE_ACCOUNT), Start: dword(3), Type: dword(0x10), ErrorControl: dword(1) };
  const diagnostics = key({ '1 General': dword(0) });
  // Q183266, Q269014: where each service keeps its files.
  switch (service) {
    case 'MSExchangeDS':
      return key(base, { Diagnostics: diagnostics, Parameters: key({ 'DSA Database file': sz('E:\\exchsrvr\\DSADATA\\dir.edb'), 'Database log files path': sz('E:\\exchsrvr\\DSADATA'), 'DSA Working Directory': sz('E:\\exchsrvr\\DSADATA') }) });
    case 'MSExchangeIS':
      return key(base, {
        Diagnostics: diagnostics,
        ParametersPrivate: key({ 'DB Path': sz('E:\\exchsrvr\\MDBDATA\\PRIV.EDB') }),
        ParametersPublic: key({ 'DB Path': sz('E:\\exchsrvr\\MDBDATA\\PUB.EDB') }),
        ParametersSystem: key({ 'DB Log Path': sz('E:\\exchsrvr\\MDBDATA'), 'Working Directory': sz('E:\\exchsrvr\\MDBDATA') }),
      });
    case 'MSExchangeMTA':
      // Q155509: the organisation and site can be read here.
      return key(base, { Diagnostics: diagnostics, Parameters: key({ 'X500 DN': sz(`/o=${org}/ou=${SITE}/cn=Configuration/cn=Servers/cn=${VIRTUAL_SERVER}/cn=Microsoft MTA`) }) });
    default:
      return key(base, { Diagnostics: diagnostics, Parameters: key({}) });
  }
}

function nodeRegistry(org: string): RegKey {
  const services = key({}, Object.fromEntries(EXCHANGE_SERVICES.map((s) => [s, serviceKey(s, org)])));
  services.keys.ClusSvc = key({ DisplayName: sz('Cluster Server'), Start: dword(2) }, { Parameters: key({ ClusterName: sz(CLUSTER_NAME) }) });
  services.keys.EventLog = key({ Start: dword(2) });
  return key({}, {
    HARDWARE: emptyKey(), SAM: emptyKey(), SECURITY: emptyKey(),
    SOFTWARE: key({}, { Microsoft: key({}, { Exchange: key({}, { Setup: key({ Services: sz('C:\\exchsrvr'), 'Organization Name': sz(org), 'Site Name': sz(SITE) }) }) }) }),
    SYSTEM: key({}, { CurrentControlSet: key({}, { Services: services, Control: key({}, { ComputerName: emptyKey() }) }), Select: key({ Current: dword(1) }) }),
  });
}

/** MSCS defaults (Q197047, domain §1.8): 10 failovers in 6 hours, failback prevented. */
const groupPolicy = () => ({ failoverThreshold: 10, failoverPeriodHours: 6, failoverTimes: [] as number[], failback: { allow: false, window: null } });

/**
 * [R] The lab's tape drive: a Quantum DLT 7000 (1997; 35 GB native), the usual drive of a 1999
 * Exchange cluster. Its data sheet gives 5 MB/s native transfer and about a minute of average
 * access; no source in domain.md names the drive, so both are reconstructions (README, fidelity).
 */
export const TAPE_DRIVE: TapeDrive = { model: 'DLT 7000', bytesPerSecond: 5_000_000, accessMs: 60_000 };
/** [R] Last night's set: a small Directory (22 MB), a mid-sized store (392 MB private, 82.5 MB public). */
export const SET_DATABASE_BYTES: BackupSet['databaseBytes'] = { directory: 23_076_864, private: 411_049_984, public: 86_515_712 };

const checkpointPath = (service: ExchangeService) => `SYSTEM\\CurrentControlSet\\Services\\${service}`;

function genericService(name: string, service: ExchangeService, dependencies: string[]): ResourceState {
  return {
    name, type: 'Generic Service', group: EXCHANGE_GROUP, status: 'Offline', description: SERVICE_DISPLAY[service],
    dependencies, possibleOwners: [...NODES], restartAction: 'Restart', affectTheGroup: true, restartThreshold: 3,
    restartPeriodSeconds: 900, failureCount: 0, serviceName: service,
    // Q188674: the checkpoint covers the service key itself, so it carries (or wipes) Restore in Progress.
    registryCheckpoints: [checkpointPath(service)],
    parameters: { 'Service name': service, 'Start parameters': '', 'Use network name for computer name': 'Yes' },
  };
}

function initialCheckpoints(resources: Record<string, ResourceState>, registry: RegKey): World['checkpoints'] {
  const out: World['checkpoints'] = {};
  for (const r of Object.values(resources)) {
    if (!r.serviceName) continue;
    out[r.name] = { [checkpointPath(r.serviceName)]: structuredClone(registry.keys.SYSTEM.keys.CurrentControlSet.keys.Services.keys[r.serviceName]) };
  }
  return out;
}

function plainResource(name: string, type: ResourceState['type'], group: ResourceState['group'], dependencies: string[], parameters: Record<string, string>, description: string): ResourceState {
  return {
    name, type, group, status: 'Online', description, dependencies, possibleOwners: [...NODES], restartAction: 'Restart',
    affectTheGroup: true, restartThreshold: 3, restartPeriodSeconds: 900, failureCount: 0, registryCheckpoints: [], parameters,
  };
}

function databases(damaged: DatabaseService[], org: string): Record<DatabaseService, DatabaseFiles> {
  const files = (s: DatabaseService): DatabaseFiles => ({
    condition: damaged.includes(s) ? 'damaged' : 'consistent', org, privatePresent: true, publicPresent: true,
    patchFiles: false, logRange: null, strayLogs: false, incomplete: false, patchMismatch: false,
  });
  return { MSExchangeDS: files('MSExchangeDS'), MSExchangeIS: files('MSExchangeIS') };
}

/** Services running before the damage, by who runs them. Pure; every call returns a fresh world. */
export function createWorld(setup: WorldSetup = DEFAULT_SETUP): World {
  const registry = nodeRegistry(setup.installedOrg);
  const { owner } = setup;
  const damagedIs = setup.damaged.includes('MSExchangeIS');
  const damagedDs = setup.damaged.includes('MSExchangeDS');
  const resources: Record<string, ResourceState> = {
    [RES.ip]: plainResource(RES.ip, 'IP Address', EXCHANGE_GROUP, [], { Address: '192.168.10.30', 'Subnet mask': '255.255.255.0', Network: 'Public' }, 'Exchange virtual server address'),
    [RES.networkName]: plainResource(RES.networkName, 'Network Name', EXCHANGE_GROUP, [RES.ip], { Name: VIRTUAL_SERVER }, 'Exchange virtual server name'),
    [RES.disk]: plainResource(RES.disk, 'Physical Disk', EXCHANGE_GROUP, [], { Disk: 'E:', Signature: '5A3C91F0' }, 'Shared disk with the Exchange databases'),
    [RES.sa]: genericService(RES.sa, 'MSExchangeSA', [RES.networkName, RES.disk]),
    [RES.ds]: genericService(RES.ds, 'MSExchangeDS', [RES.sa]),
    [RES.is]: genericService(RES.is, 'MSExchangeIS', [RES.ds]),
    [RES.mta]: genericService(RES.mta, 'MSExchangeMTA', [RES.ds]),
    [RES.es]: genericService(RES.es, 'MSExchangeES', [RES.is]),
    [RES.imc]: genericService(RES.imc, 'MSExchangeIMC', [RES.is, RES.mta]),
    [RES.clusterIp]: plainResource(RES.clusterIp, 'IP Address', CLUSTER_GROUP, [], { Address: '192.168.10.20', 'Subnet mask': '255.255.255.0', Network: 'Public' }, 'Cluster management address'),
    [RES.clusterName]: plainResource(RES.clusterName, 'Network Name', CLUSTER_GROUP, [RES.clusterIp], { Name: CLUSTER_NAME }, 'Cluster name'),
    [RES.quorum]: plainResource(RES.quorum, 'Physical Disk', CLUSTER_GROUP, [], { Disk: 'Q:', Signature: '1B77E2A4' }, 'Quorum disk (Q:\\MSCS)'),
  };
  const running = new Set<ExchangeService>(['MSExchangeSA']);
  if (!damagedDs) {
    running.add('MSExchangeDS').add('MSExchangeMTA');
    if (!damagedIs) running.add('MSExchangeIS').add('MSExchangeES').add('MSExchangeIMC');
  }
  for (const r of Object.values(resources)) {
    if (!r.serviceName) continue;
    r.status = running.has(r.serviceName) ? 'Online' : 'Offline';
  }
  // The damaged database is what failed last night; its resource shows Failed.
  if (damagedDs) resources[RES.ds].status = 'Failed';
  else if (damagedIs) resources[RES.is].status = 'Failed';

  const services = Object.fromEntries(NODES.map((node) => [node, Object.fromEntries(EXCHANGE_SERVICES.map((s): [ExchangeService, ServiceState] => [s, {
    name: s, displayName: SERVICE_DISPLAY[s], startupType: 'Manual',
    status: node === owner && running.has(s) ? 'Started' : 'Stopped',
    controller: node === owner && running.has(s) ? 'cluster' : null,
  }]))])) as World['services'];

  const history = startupHistory(owner, setup.damaged);
  const world: World = {
    clock: 0, seq: 0, rng: setup.seed >>> 0 || 1,
    cluster: {
      name: CLUSTER_NAME,
      nodes: { NODE1: { status: setup.nodesDown.includes('NODE1') ? 'Down' : 'Up' }, NODE2: { status: setup.nodesDown.includes('NODE2') ? 'Down' : 'Up' } },
      groups: {
        [EXCHANGE_GROUP]: { name: EXCHANGE_GROUP, owner, preferredOwners: ['NODE1', 'NODE2'], ...groupPolicy() },
        [CLUSTER_GROUP]: { name: CLUSTER_GROUP, owner, preferredOwners: ['NODE1', 'NODE2'], ...groupPolicy() },
      },
      resources,
      networkPriority: [...INITIAL_NETWORK_PRIORITY],
    },
    services,
    registry: { NODE1: structuredClone(registry), NODE2: structuredClone(registry) },
    disk: { databases: databases(setup.damaged, ORGANIZATION) },
    tape: {
      name: 'Exchange Full 19-Aug-1999', cataloged: setup.tapeCataloged, drive: TAPE_DRIVE,
      sets: [{ setNumber: 1, name: 'Exchange Full 19-Aug-1999', backupType: 'Normal', date: '8/19/99 11:02 PM', owner: 'CORP\\Administrator', description: 'Nightly full backup of EXCHVS1', originalServer: VIRTUAL_SERVER, org: ORGANIZATION, site: SITE, items: ['Directory', 'Information Store'], logRange: [0x36, 0x3f], databaseBytes: SET_DATABASE_BYTES }],
    },
    eventLogs: history,
    consoles: { active: owner, open: { NODE1: [], NODE2: [] }, selectedGroup: { NODE1: null, NODE2: null } },
    mail: { outbox: [], inbox: setup.mailboxHistory ? mailboxHistory() : [] },
    backup: { restores: [] },
    incidents: [], ripLedger: [], ops: [], dialogs: [], checkpoints: initialCheckpoints(resources, registry),
    installedOrg: setup.installedOrg,
    nextId: 100,
  };
  return world;
}

/** Last night's events: why the trainee is restoring. Negative times are before the scenario starts. */
function startupHistory(owner: NodeName, damaged: DatabaseService[]): Record<NodeName, EventLogEntry[]> {
  const entries: [number, EventTemplate][] = [[-9 * 3600_000, EVENTS.saStarted()], [-9 * 3600_000 + 20_000, EVENTS.dsStarted()]];
  if (damaged.includes('MSExchangeIS')) {
    entries.push([-2 * 3600_000, EVENTS.is5000('-1206')], [-2 * 3600_000 + 1000, EVENTS.clusGenericFailed(RES.is)]);
  }
  if (damaged.includes('MSExchangeDS')) {
    entries.push([-2 * 3600_000 + 5000, EVENTS.ds1002(-1206)], [-2 * 3600_000 + 6000, EVENTS.clusGenericFailed(RES.ds)]);
  }
  const logs: Record<NodeName, EventLogEntry[]> = { NODE1: [], NODE2: [] };
  entries.forEach(([at, t], i) => logs[owner].push({ ...t, id: i + 1, at, computer: owner }));
  return logs;
}

/**
 * [R] Yesterday's mail in the Administrator mailbox. The backup ran at 11:02 PM; what arrived in
 * the last hours before it is in the log generations on tape (0x36–0x3f), not yet in Priv.edb.
 */
function mailboxHistory(): MailMessage[] {
  const at = (h: number, m: number) => -((33 - h) * 3600_000) + m * 60_000; // hours of 19 Aug, before the 9:00 AM epoch of 20 Aug
  const mail = (id: number, from: string, subject: string, sentAt: number, logGen?: number): MailMessage =>
    ({ id, kind: 'message', from, to: 'Administrator', subject, sentAt, deliveredAt: sentAt, sentSeq: 0, ...(logGen !== undefined && { logGen }) });
  return [
    mail(1, 'Helpdesk', 'Weekly server checks', at(9, 12)),
    mail(2, 'Facilities', 'Power work in the server room on Saturday', at(14, 40)),
    mail(3, 'J. Meyer', 'Quarterly figures: final version', at(21, 5), 0x38),
    mail(4, 'Helpdesk', 'Tape rotation for next week', at(22, 30), 0x3c),
  ];
}
