import { exchangeOwner, otherNode } from '../engine/topology.ts';
import type { SimEvent } from '../events.ts';
import { mailVerified, ripKeyPresent, ripKeyValid } from '../machines/predicates.ts';
import type { LabSnapshot } from '../attempt/replay.ts';
import { recreateRipKeySteps } from '../scenarios/standard.ts';
import { currentStateId } from '../selectors.ts';
import { MAX_SKIP_MS } from '../selectors/next-change.ts';
import { RES, ripPath, type DatabaseService, type NodeName } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';
import type { World } from '../world/types.ts';

const DBS: DatabaseService[] = ['MSExchangeDS', 'MSExchangeIS'];
/** One character per status; first letters collide (Started/Stopped, Online/Offline). */
const CODE: Record<string, string> = {
  Stopped: '-', 'Start Pending': '^', Started: '+', 'Stop Pending': 'v', Paused: 'p',
  Online: '+', Offline: '-', Failed: 'x', 'Online Pending': '^', 'Offline Pending': 'v',
};

/**
 * The key for traversal (model-based tests, dead-end proofs, hints, jumps): the machine state
 * plus the few world facts that decide which machine states can come next (tech-notes §1.6).
 */
export function modelKey(s: LabSnapshot): string {
  const w = s.context.world;
  const owner = exchangeOwner(w);
  const db = DBS.map((d) => {
    const x = w.disk.databases[d];
    return `${x.condition[0]}${+x.strayLogs}${+x.patchMismatch}${+x.incomplete}${+(x.privatePresent && x.publicPresent)}${ripKeyValid(w, owner, d) ? 'V' : '-'}${CODE[w.services[owner][d].status]}`;
  }).join('');
  return [currentStateId(s), owner, w.cluster.nodes.NODE1.status[0], w.cluster.nodes.NODE2.status[0], w.backup.restores.at(-1)?.status[0] ?? '-', db,
    CODE[w.services[owner].MSExchangeMTA.status], CODE[w.cluster.resources[RES.ds].status], +(w.consoles.active === owner), +w.consoles.open[w.consoles.active].includes('cluster-admin'),
    +mailVerified(w), +(w.installedOrg === 'ExampleCorp'), +(w.ops.length > 0)].join('|');
}

/**
 * The wait offered while something runs: a minute, or as long as the soonest operation step still
 * needs (whole seconds), so one tick sees a minutes-long restore through (the key above does not
 * tell a restore's first minute from its second, so shorter ticks would never finish it).
 */
function waitTickMs(w: World): number {
  const soonest = Math.min(...w.ops.map((op) => op.remaining));
  return Math.min(MAX_SKIP_MS, Math.max(60_000, Math.ceil(soonest / 1000) * 1000));
}

/** The next value a trainee re-creating a RIP key by hand would add, if a key is half-made. */
function nextRipEvent(w: World, node: NodeName, s: DatabaseService): SimEvent | null {
  const steps = recreateRipKeySteps(node, s, w.disk.databases[s].logRange ?? [0x36, 0x3f]);
  const key = findKey(w.registry[node], ripPath(s));
  if (!key) return w.disk.databases[s].condition === 'restored' ? steps[0] : null;
  return steps.slice(1).find((e) => e.type === 'registry.setValue' && !(e.name in key.values)) ?? null;
}

/**
 * The actions worth trying from a snapshot, with their payloads: the right next step, the typical
 * mistakes at that point, and the recoveries. It is the menu of the model-based test, of
 * `shortestRecovery` (hints) and of the map's jump; small on purpose so traversal stays
 * tractable (tech-notes §1.6).
 */
export function traversalEvents(s: LabSnapshot): SimEvent[] {
  const w = s.context.world;
  if (s.status !== 'active') return [];
  const owner = exchangeOwner(w);
  const other = otherNode(owner);
  const at = w.consoles.active;
  const id = currentStateId(s);
  const restore = (over: Partial<Extract<SimEvent, { type: 'backup.restore' }>> = {}): SimEvent =>
    ({ type: 'backup.restore', node: at, items: ['Directory', 'Information Store'], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false, ...over });
  const start = (service: 'MSExchangeDS' | 'MSExchangeIS' | 'MSExchangeMTA'): SimEvent => ({ type: 'service.start', node: at, service });
  const caOpen = w.consoles.open[at].includes('cluster-admin');
  const events: SimEvent[] = [];
  const add = (...e: SimEvent[]) => events.push(...e);
  if (w.ops.length) add({ type: 'clock.tick', ms: waitTickMs(w) });

  switch (id) {
    case 'main.prepare':
      add(caOpen ? { type: 'cluster.selectGroup', node: at, group: 'Exchange Cluster' } : { type: 'app.open', node: at, app: 'cluster-admin' }, restore(), { type: 'attempt.abandon', reason: 'stop' });
      break;
    case 'main.takeDirectoryOffline':
      add({ type: 'resource.takeOffline', resource: RES.ds }, restore(), { type: 'group.takeOffline', group: 'Exchange Cluster' });
      break;
    case 'main.quitClusterAdmin':
      add({ type: 'app.close', node: at, app: 'cluster-admin' }, restore());
      break;
    case 'main.restoreFromTape':
      add(restore(), restore({ destination: other }), restore({ erase: false }), restore({ public: false }), restore({ startService: true }));
      if (w.installedOrg === 'ExampleCorp') add({ type: 'fault.inject', fault: { kind: 'org-mismatch' } });
      break;
    case 'main.restoring':
      add({ type: 'clock.tick', ms: 2000 }, { type: 'backup.abort', node: at });
      break;
    case 'main.startServices':
      add(start('MSExchangeDS'), start('MSExchangeIS'), start('MSExchangeMTA'), { type: 'resource.bringOnline', resource: RES.ds },
        { type: 'resource.bringOnline', resource: RES.is }, { type: 'group.bringOnline', group: 'Exchange Cluster' });
      add({ type: 'console.switch', node: at === owner ? other : owner });
      for (const d of DBS) {
        if (!ripKeyPresent(w, at, d)) continue;
        add({ type: 'registry.deleteKey', node: at, path: ripPath(d) });
        if (ripKeyValid(w, at, d)) add({ type: 'registry.setValue', node: at, path: ripPath(d), name: 'EDB_RstMap Size', valueType: 'REG_DWORD', data: 7 });
        // F8 (Q231299): isinteg -patch / eseutil /r at a Command Prompt after a restore that kept the old logs.
        if (w.disk.databases[d].strayLogs) add({ type: 'database.softRecovery', node: at, service: d, tool: d === 'MSExchangeIS' ? 'isinteg' : 'eseutil' });
      }
      break;
    case 'main.verifyMail':
      add({ type: 'mail.send', node: at, to: 'Administrator', subject: 'Restore test', receipt: true }, start('MSExchangeMTA'), { type: 'group.bringOnline', group: 'Exchange Cluster' });
      break;
    case 'main.stopServices':
      add({ type: 'service.stop', node: at, service: 'MSExchangeDS', withDependants: true }, { type: 'service.stop', node: at, service: 'MSExchangeSA', withDependants: true },
        { type: 'group.bringOnline', group: 'Exchange Cluster' });
      break;
    case 'main.bringResourcesOnline':
      add({ type: 'group.bringOnline', group: 'Exchange Cluster' });
      break;
    case 'main.testFailover':
      add({ type: 'group.move', group: 'Exchange Cluster' });
      add(w.cluster.nodes[other].status === 'Down' ? { type: 'node.up', node: other } : { type: 'node.down', node: other });
      break;
    case 'orgMismatch':
      add({ type: 'attempt.abandon', reason: 'Reinstall Exchange with the organisation name of the backup' }, start('MSExchangeIS'));
      break;
    default:
      // Failure states: the recoveries of domain.md §3.
      add(restore(), start('MSExchangeDS'), start('MSExchangeIS'), start('MSExchangeMTA'), { type: 'resource.takeOffline', resource: RES.ds });
      if (w.cluster.resources[RES.sa].status === 'Offline') add({ type: 'resource.bringOnline', resource: RES.sa });
      if (at !== owner) add({ type: 'console.switch', node: owner });
      for (const d of DBS) {
        const next = nextRipEvent(w, at, d);
        if (next) add(next);
      }
      for (const n of ['NODE1', 'NODE2'] as const) if (w.cluster.nodes[n].status === 'Down') add({ type: 'node.up', node: n });
  }
  return events;
}
