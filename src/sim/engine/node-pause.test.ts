import { describe, expect, test } from 'vitest';
import { failEventService as fail, healthyWorld as fresh, send, settle } from '../testing/world-steps.ts';
import { invariantViolations } from '../world/invariants.ts';
import { RES } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { applyEvent } from './apply.ts';

const GROUP = 'Exchange Cluster';
const pause = (w: World, node: 'NODE1' | 'NODE2') => send(w, { type: 'node.pause', node });

describe('Pause Node / Resume Node (domain §4.1)', () => {
  test('a paused node keeps its groups running and under the cluster\'s control', () => {
    let w = pause(fresh(), 'NODE1');
    expect(w.cluster.nodes.NODE1.status).toBe('Paused');
    expect(w.cluster.resources[RES.is].status).toBe('Online');
    w = settle(send(w, { type: 'resource.takeOffline', resource: RES.es }));
    w = settle(send(w, { type: 'resource.bringOnline', resource: RES.es }));
    expect(w.cluster.resources[RES.es].status).toBe('Online');
    expect(w.services.NODE1.MSExchangeES.status).toBe('Started');
    expect(invariantViolations(w)).toEqual([]);
  });

  test('Move Group to a paused node is refused with error 5070; resuming it lets the group move', () => {
    let w = pause(fresh(), 'NODE2');
    w = send(w, { type: 'group.move', group: GROUP });
    expect(w.dialogs.at(-1)?.text).toBe(`An error occurred moving group '${GROUP}'.\n\nThe cluster node is paused.\n\nError ID: 5070 (000013ce).`);
    expect(w.incidents.filter((i) => i.kind === 'move-refused')).toEqual([]);
    expect(settle(w).cluster.groups[GROUP].owner).toBe('NODE1');
    w = settle(send(send(w, { type: 'node.resume', node: 'NODE2' }), { type: 'group.move', group: GROUP }));
    expect(w.cluster.nodes.NODE2.status).toBe('Up');
    expect(w.cluster.groups[GROUP].owner).toBe('NODE2');
  });

  test('no failover to a paused node: the resource stays Failed on its owner', () => {
    const w = fail(fail(fail(pause(fresh(), 'NODE2'))));
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.es].status).toBe('Failed');
    expect(w.cluster.groups[GROUP].failoverTimes).toEqual([]);
  });

  test('when the owner goes down, a paused survivor does not take its groups', () => {
    const w = settle(send(pause(fresh(), 'NODE2'), { type: 'node.down', node: 'NODE1' }));
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.is].status).toBe('Failed');
  });

  test('refusals: pausing twice, resuming a running node, pausing a node that is down', () => {
    const w = pause(fresh(), 'NODE2');
    expect(applyEvent(w, { type: 'node.pause', node: 'NODE2' })).toMatchObject({ ok: false, error: { code: 'wrong-state' } });
    expect(applyEvent(w, { type: 'node.resume', node: 'NODE1' })).toMatchObject({ ok: false, error: { code: 'wrong-state' } });
    const down = settle(send(fresh(), { type: 'node.down', node: 'NODE2' }));
    expect(applyEvent(down, { type: 'node.pause', node: 'NODE2' })).toMatchObject({ ok: false, error: { code: 'node-down' } });
  });
});
