import type { SimEvent } from '../events.ts';
import { APPS, EXCHANGE_SERVICES, NODES, RES, ripPath, servicePath } from '../world/names.ts';
import { recreateRipKeySteps } from '../scenarios/standard.ts';

/** Small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const RESOURCES = [RES.ds, RES.is, RES.sa, RES.mta, RES.networkName, RES.disk, 'Nonexistent Resource'];

/** One random action a trainee (or an instructor) could take, valid or not. */
export function randomEvent(rand: () => number): SimEvent {
  const node = pick(rand, NODES);
  const service = pick(rand, EXCHANGE_SERVICES);
  const db = pick(rand, ['MSExchangeDS', 'MSExchangeIS'] as const);
  const choices: (() => SimEvent)[] = [
    () => ({ type: 'app.open', node, app: pick(rand, APPS) }),
    () => ({ type: 'app.close', node, app: pick(rand, APPS) }),
    () => ({ type: 'console.switch', node }),
    () => ({ type: 'cluster.selectGroup', node, group: 'Exchange Cluster' }),
    () => ({ type: 'resource.takeOffline', resource: pick(rand, RESOURCES) }),
    () => ({ type: 'resource.bringOnline', resource: pick(rand, RESOURCES) }),
    () => ({ type: 'resource.initiateFailure', resource: pick(rand, RESOURCES) }),
    () => ({ type: pick(rand, ['group.bringOnline', 'group.takeOffline', 'group.move'] as const), group: 'Exchange Cluster' }),
    () => ({ type: 'service.start', node, service }),
    () => ({ type: 'service.start', node, service }),
    () => ({ type: 'service.stop', node, service, withDependants: rand() < 0.8 }),
    () => ({ type: 'backup.catalog', node }),
    () => ({ type: 'backup.restore', node, items: pick(rand, [['Directory', 'Information Store'], ['Information Store'], ['Directory'], []] as const).slice(), destination: pick(rand, ['EXCHVS1', 'EXCHVS1', 'NODE1', 'exchvs1']), erase: rand() < 0.7, private: rand() < 0.8, public: rand() < 0.8, startService: rand() < 0.3 }),
    () => ({ type: 'backup.abort', node }),
    () => pick(rand, recreateRipKeySteps(node, db)),
    () => ({ type: 'registry.deleteKey', node, path: ripPath(db) }),
    () => ({ type: 'registry.addKey', node, path: servicePath(db), name: 'Restore in Progress' }),
    () => ({ type: 'mail.send', node, to: 'Administrator', subject: 'test', receipt: rand() < 0.7 }),
    () => ({ type: 'dialog.dismiss', id: 100 + Math.floor(rand() * 400) }),
    () => ({ type: pick(rand, ['node.down', 'node.up'] as const), node }),
    () => ({ type: pick(rand, ['service.pause', 'service.continue'] as const), node, service }),
    () => ({ type: 'fault.inject', fault: pick(rand, [{ kind: 'tape-uncataloged' }, { kind: 'org-mismatch' }, { kind: 'resource-failure', resource: RES.is }, { kind: 'rip-key-deleted', node, service: db }] as const) }),
    () => ({ type: 'clock.tick', ms: pick(rand, [250, 1000, 5000, 30_000, 120_000]) }),
    () => ({ type: 'clock.tick', ms: pick(rand, [250, 1000, 5000, 30_000, 120_000]) }),
  ];
  return pick(rand, choices)();
}
