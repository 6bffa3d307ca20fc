import { describe, expect, test } from 'vitest';
import { applyEvent } from '../engine/apply.ts';
import type { SimEvent } from '../events.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { CLUSTER_GROUP, EXCHANGE_GROUP, RES, type GroupName } from '../world/names.ts';
import type { World } from '../world/types.ts';
import {
  directDependencies, groupBadge, groupCommands, groupRows, groupStatus, nodeBadge, nodeLabel, resourceBadge,
  resourceCommands, resourceOwner, resourceRows,
} from './cluster-admin.ts';

function run(w: World, ...events: SimEvent[]): World {
  for (const e of events) {
    const out = applyEvent(w, e);
    if (!out.ok) throw new Error(out.error.message);
    w = out.world;
  }
  return w;
}
const settle = (w: World) => {
  for (let i = 0; i < 200 && w.ops.length; i++) w = run(w, { type: 'clock.tick', ms: 1000 });
  return w;
};
const withStatus = (w: World, statuses: Record<string, World['cluster']['resources'][string]['status']>): World => {
  const next = structuredClone(w);
  for (const [n, s] of Object.entries(statuses)) next.cluster.resources[n].status = s;
  return next;
};

describe('groupStatus', () => {
  const w = createWorld();
  test('start of the scenario: the damaged store failed, so Exchange Cluster is Partial Online', () => {
    expect(w.cluster.resources[RES.is].status).toBe('Failed');
    expect(groupStatus(w, EXCHANGE_GROUP)).toBe('Partial Online');
    expect(groupStatus(w, CLUSTER_GROUP)).toBe('Online');
  });
  test('all online, all offline, failed with nothing online, pending', () => {
    const names = Object.values(w.cluster.resources).filter((r) => r.group === EXCHANGE_GROUP).map((r) => r.name);
    const all = (s: 'Online' | 'Offline') => Object.fromEntries(names.map((n) => [n, s]));
    expect(groupStatus(withStatus(w, all('Online')), EXCHANGE_GROUP)).toBe('Online');
    expect(groupStatus(withStatus(w, all('Offline')), EXCHANGE_GROUP)).toBe('Offline');
    expect(groupStatus(withStatus(w, { ...all('Offline'), [RES.ds]: 'Failed' }), EXCHANGE_GROUP)).toBe('Failed');
    expect(groupStatus(withStatus(w, { [RES.mta]: 'Offline Pending' }), EXCHANGE_GROUP)).toBe('Pending');
    expect(groupStatus(withStatus(w, { ...all('Offline'), [RES.ip]: 'Online Pending' }), EXCHANGE_GROUP)).toBe('Pending');
  });
  test('a group being moved is Pending even while all its resources are offline', () => {
    const moving = movingWorlds().map(([, m]) => m);
    const waiting = moving.find((m) => m.ops.some((op) => op.steps[0]?.kind === 'change-owner'));
    expect(waiting).toBeDefined();
    expect(groupStatus(waiting!, EXCHANGE_GROUP)).toBe('Pending');
    expect(groupCommands(waiting!, EXCHANGE_GROUP)).toMatchObject({ bringOnline: false, takeOffline: false, move: false });
  });
  test('follows Take Offline of the Directory: Pending, then Partial Online', () => {
    const open = run(w, { type: 'app.open', node: 'NODE1', app: 'cluster-admin' }, { type: 'resource.takeOffline', resource: RES.ds });
    expect(groupStatus(open, EXCHANGE_GROUP)).toBe('Pending');
    const done = settle(open);
    expect(groupStatus(done, EXCHANGE_GROUP)).toBe('Partial Online');
    expect(resourceRows(done, { group: EXCHANGE_GROUP }).filter((r) => r.status === 'Online').map((r) => r.name)).toEqual([
      RES.disk, RES.ip, RES.networkName, RES.sa,
    ]);
  });
});

describe('rows', () => {
  const w = createWorld();
  test('a group lists its resources by name, with owner, type and description', () => {
    const rows = resourceRows(w, { group: EXCHANGE_GROUP });
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b)));
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.name === RES.ds)).toEqual({
      name: RES.ds, status: 'Online', owner: 'NODE1', group: EXCHANGE_GROUP, type: 'Generic Service', description: 'Microsoft Exchange Directory',
    });
    expect(resourceRows(w)).toHaveLength(12);
  });
  test('active groups and resources follow the owner; a down node has none', () => {
    expect(groupRows(w, 'NODE1').map((g) => g.name)).toEqual([CLUSTER_GROUP, EXCHANGE_GROUP]);
    expect(groupRows(w, 'NODE2')).toEqual([]);
    expect(resourceRows(w, { node: 'NODE1' })).toHaveLength(12);
    // With the damaged store offline first, the move sticks (a failed store would fail the group back).
    const ready = settle(run(w, { type: 'resource.takeOffline', resource: RES.is }));
    const moved = settle(run(ready, { type: 'group.move', group: EXCHANGE_GROUP }));
    expect(resourceOwner(moved, RES.ds)).toBe('NODE2');
    expect(groupRows(moved, 'NODE2')).toEqual([{ name: EXCHANGE_GROUP, status: 'Partial Online', owner: 'NODE2' }]);
    expect(resourceRows(moved, { node: 'NODE1' }).map((r) => r.group)).toEqual(Array(3).fill(CLUSTER_GROUP));
    expect(resourceRows(createWorld({ ...DEFAULT_SETUP, nodesDown: ['NODE1'] }), { node: 'NODE1' })).toEqual([]);
  });
  test('groups list, dependencies and unknown names', () => {
    expect(groupRows(w)).toEqual([
      { name: CLUSTER_GROUP, status: 'Online', owner: 'NODE1' },
      { name: EXCHANGE_GROUP, status: 'Partial Online', owner: 'NODE1' },
    ]);
    expect(directDependencies(w, RES.sa)).toEqual([{ name: RES.disk, type: 'Physical Disk' }, { name: RES.networkName, type: 'Network Name' }]);
    expect(directDependencies(w, RES.ip)).toEqual([]);
    expect(directDependencies(w, 'nope')).toEqual([]);
    expect(resourceOwner(w, 'nope')).toBeUndefined();
  });
});

describe('labels and badges', () => {
  test('node labels and badges say Up, Down, Joining', () => {
    const w = createWorld({ ...DEFAULT_SETUP, nodesDown: ['NODE2'] });
    expect(nodeLabel(w, 'NODE1')).toBe('NODE1');
    expect(nodeLabel(w, 'NODE2')).toBe('NODE2 (Down)');
    expect(nodeBadge(w, 'NODE1')).toBe('online');
    expect(nodeBadge(w, 'NODE2')).toBe('failed');
    const joining = structuredClone(w);
    joining.cluster.nodes.NODE2.status = 'Joining';
    expect(nodeLabel(joining, 'NODE2')).toBe('NODE2 (Joining)');
    expect(nodeBadge(joining, 'NODE2')).toBe('pending');
  });
  test('state badges', () => {
    expect(['Online', 'Offline', 'Failed', 'Online Pending', 'Offline Pending'].map((s) => resourceBadge(s as never))).toEqual([
      'online', 'offline', 'failed', 'pending', 'pending',
    ]);
    expect(['Online', 'Partial Online', 'Offline', 'Failed', 'Pending'].map((s) => groupBadge(s as never))).toEqual([
      'online', 'online', 'offline', 'failed', 'pending',
    ]);
  });
});

/** A Move Group, tick by tick: resources going offline, all offline waiting for the owner change, coming online. */
function movingWorlds(): [string, World][] {
  let w = settle(run(createWorld(), { type: 'resource.takeOffline', resource: RES.is }));
  w = run(w, { type: 'group.move', group: EXCHANGE_GROUP });
  const out: [string, World][] = [];
  for (let t = 0; t < 40 && w.ops.length; t++) {
    out.push([`moving, ${t * 500} ms`, w]);
    w = run(w, { type: 'clock.tick', ms: 500 });
  }
  return out;
}

describe('command enablement matches what the engine accepts', () => {
  const base = run(createWorld(), { type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
  const worlds: [string, World][] = [
    ['start', base],
    ['directory going offline', run(base, { type: 'resource.takeOffline', resource: RES.ds })],
    ['directory offline', settle(run(base, { type: 'resource.takeOffline', resource: RES.ds }))],
    ['group offline', settle(run(base, { type: 'group.takeOffline', group: EXCHANGE_GROUP }))],
    ['group coming online', run(settle(run(base, { type: 'group.takeOffline', group: EXCHANGE_GROUP })), { type: 'group.bringOnline', group: EXCHANGE_GROUP })],
    ['other node down', run(base, { type: 'node.down', node: 'NODE2' })],
    ...movingWorlds(),
  ];
  const accepts = (w: World, e: SimEvent) => applyEvent(w, e).ok;

  test.each(worlds)('resources (%s)', (_label, w) => {
    for (const name of Object.keys(w.cluster.resources)) {
      const c = resourceCommands(w, name);
      expect({ name, on: c.bringOnline }).toEqual({ name, on: accepts(w, { type: 'resource.bringOnline', resource: name }) });
      expect({ name, off: c.takeOffline }).toEqual({ name, off: accepts(w, { type: 'resource.takeOffline', resource: name }) });
      expect({ name, fail: c.initiateFailure }).toEqual({ name, fail: accepts(w, { type: 'resource.initiateFailure', resource: name }) });
      expect(c.properties).toBe(true);
    }
  });
  test.each(worlds)('groups (%s)', (_label, w) => {
    for (const group of [EXCHANGE_GROUP, CLUSTER_GROUP] as GroupName[]) {
      const c = groupCommands(w, group);
      expect({ group, on: c.bringOnline }).toEqual({ group, on: accepts(w, { type: 'group.bringOnline', group }) });
      expect({ group, off: c.takeOffline }).toEqual({ group, off: accepts(w, { type: 'group.takeOffline', group }) });
      expect({ group, move: c.move }).toEqual({ group, move: accepts(w, { type: 'group.move', group }) });
    }
  });
  test('concrete cases from the KB walk-through', () => {
    const [, start] = worlds[0];
    expect(resourceCommands(start, RES.ds)).toEqual({ bringOnline: false, takeOffline: true, initiateFailure: true, changeGroup: false, properties: true });
    // Every resource of the lab's cluster has a dependency link or is the quorum disk: Change Group never applies.
    for (const name of Object.keys(start.cluster.resources)) expect(resourceCommands(start, name).changeGroup, name).toBe(false);
    expect(resourceCommands(start, RES.is)).toMatchObject({ bringOnline: true, takeOffline: true, initiateFailure: false });
    const [, pending] = worlds[1];
    expect(resourceCommands(pending, RES.ds)).toMatchObject({ bringOnline: false, takeOffline: false, changeGroup: false });
    expect(groupCommands(pending, EXCHANGE_GROUP)).toMatchObject({ bringOnline: false, takeOffline: false, move: false });
    const [, offline] = worlds[2];
    expect(resourceCommands(offline, RES.ds)).toMatchObject({ bringOnline: true, takeOffline: false, initiateFailure: false });
    expect(resourceCommands(offline, 'nope')).toEqual({ bringOnline: false, takeOffline: false, initiateFailure: false, changeGroup: false, properties: false });
    expect(groupCommands(offline, 'Nope' as GroupName)).toEqual({ bringOnline: false, takeOffline: false, move: false, properties: false });
  });
});
