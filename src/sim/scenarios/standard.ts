import type { SimEvent } from '../events.ts';
import { RES, ripPath, servicePath, type DatabaseService, type NodeName } from '../world/names.ts';
import { databaseFolder, expectedRstMap } from '../engine/database.ts';
import type { Scenario } from './types.ts';

const tick = (ms = 60_000): SimEvent => ({ type: 'clock.tick', ms });
/**
 * Long enough for the restore of both databases from the DLT 7000 (about 2 minutes) or for a
 * start that replays the set's ten log generations (about 2¾ minutes).
 */
const longWait = (): SimEvent => tick(180_000);

/** Steps 1–3 of Q238063 on `node`. */
export const takeDirectoryOfflineSteps = (node: NodeName = 'NODE1'): SimEvent[] => [
  { type: 'app.open', node, app: 'cluster-admin' },
  { type: 'cluster.selectGroup', node, group: 'Exchange Cluster' },
  { type: 'resource.takeOffline', resource: RES.ds },
  tick(),
  { type: 'app.close', node, app: 'cluster-admin' },
];

/** Steps 4–6: restore both databases to the virtual server, erasing what is there. */
export const restoreSteps = (node: NodeName = 'NODE1', overrides: Partial<Extract<SimEvent, { type: 'backup.restore' }>> = {}): SimEvent[] => [
  { type: 'app.open', node, app: 'backup' },
  { type: 'backup.restore', node, items: ['Directory', 'Information Store'], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false, ...overrides },
  longWait(),
  { type: 'app.close', node, app: 'backup' },
];

/** Step 7: start from Control Panel, then test mail. */
export const startAndVerifySteps = (node: NodeName = 'NODE1'): SimEvent[] => [
  { type: 'app.open', node, app: 'services' },
  { type: 'service.start', node, service: 'MSExchangeDS' },
  longWait(),
  { type: 'service.start', node, service: 'MSExchangeIS' },
  longWait(),
  { type: 'service.start', node, service: 'MSExchangeMTA' },
  tick(),
  { type: 'app.open', node, app: 'inbox' },
  { type: 'mail.send', node, to: 'Administrator', subject: 'Restore test', receipt: true },
  tick(),
];

/** Steps 8–9: hand Exchange back to the cluster, then move the group. */
export const handBackAndFailoverSteps = (node: NodeName = 'NODE1'): SimEvent[] => [
  { type: 'service.stop', node, service: 'MSExchangeDS', withDependants: true },
  tick(),
  { type: 'app.open', node, app: 'cluster-admin' },
  { type: 'group.bringOnline', group: 'Exchange Cluster' },
  tick(),
  { type: 'group.move', group: 'Exchange Cluster' },
  tick(),
];

/** Q200941: re-create the Restore in Progress key by hand in Regedt32 (the eight values). */
export function recreateRipKeySteps(node: NodeName, service: DatabaseService, logRange: [number, number] = [0x36, 0x3f]): SimEvent[] {
  const path = ripPath(service);
  const folder = databaseFolder(service);
  const map = expectedRstMap(service);
  const set = (name: string, valueType: Extract<SimEvent, { type: 'registry.setValue' }>['valueType'], data: string | number | number[] | string[]): SimEvent =>
    ({ type: 'registry.setValue', node, path, name, valueType, data });
  return [
    { type: 'registry.addKey', node, path: servicePath(service), name: 'Restore in Progress' },
    set('BackupLogPath', 'REG_SZ', folder),
    set('CheckpointFilePath', 'REG_SZ', folder),
    set('EDB Database recovered', 'REG_BINARY', [0]),
    set('EDB_RstMap', 'REG_MULTI_SZ', map),
    set('EDB_RstMap Size', 'REG_DWORD', map.length / 2),
    set('HighLog Number', 'REG_DWORD', logRange[1]),
    set('LogPath', 'REG_SZ', folder),
    set('LowLog Number', 'REG_DWORD', logRange[0]),
  ];
}

export const standardSolution = (node: NodeName = 'NODE1'): SimEvent[] => [
  ...takeDirectoryOfflineSteps(node),
  ...restoreSteps(node),
  ...startAndVerifySteps(node),
  ...handBackAndFailoverSteps(node),
];

export const standardScenario: Scenario = {
  id: 'standard',
  title: 'Standard online restore',
  briefing:
    'Last night the Information Store on the Exchange virtual server EXCHVS1 failed with a damaged private database. ' +
    'NODE1 owns the Exchange Cluster group. Restore the Directory and the Information Store from last night\'s full online backup, ' +
    'prove that mail flows, hand Exchange back to the cluster and test failover (KB Q238063).',
  branch: null,
  setup: {},
  prelude: [],
  success: { kind: 'done' },
  solution: standardSolution('NODE1'),
};
