import { describe, expect, test } from 'vitest';
import { failEventService as fail, healthyWorld as fresh, send, settle, tick } from '../testing/world-steps.ts';
import type { SimEvent } from '../events.ts';
import { RES } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { applyEvent } from './apply.ts';
import { failbackAllowedNow, hourOfDay } from './group-policy.ts';

const GROUP = 'Exchange Cluster';
/** Three failures in a row: the resource's restarts (3 in 900 s) are used up. */
const exhaustRestarts = (w: World) => fail(fail(fail(w)));
const policy = (failoverThreshold: number, failoverPeriodHours = 6, failback: { allow: boolean; window: [number, number] | null } = { allow: false, window: null }): SimEvent =>
  ({ type: 'group.setProperties', group: GROUP, failoverThreshold, failoverPeriodHours, failback });

describe('group failover policy (Q197047, Q260527)', () => {
  test('the defaults are MSCS\'s: restart 3 times in 900 s, fail over 10 times in 6 hours, prevent failback', () => {
    const w = fresh();
    expect(w.cluster.groups[GROUP]).toMatchObject({ failoverThreshold: 10, failoverPeriodHours: 6, failoverTimes: [], failback: { allow: false, window: null } });
    expect(w.cluster.resources[RES.es]).toMatchObject({ restartThreshold: 3, restartPeriodSeconds: 900 });
  });

  test('restarts come first; the third failure in the restart period fails the group over to the other node', () => {
    let w = fail(fail(fresh()));
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.es].status).toBe('Online');
    w = fail(w);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE2');
    expect(w.cluster.resources[RES.es].status).toBe('Online');
    expect(w.cluster.groups[GROUP].failoverTimes).toHaveLength(1);
  });

  test('failures further apart than the restart period never use up the restarts', () => {
    let w = fresh();
    for (let i = 0; i < 5; i++) w = tick(tick(fail(w), 600_000), 301_000);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.groups[GROUP].failoverTimes).toEqual([]);
  });

  test('past the threshold within the period the group stops failing over and stays Failed where it is', () => {
    let w = send(fresh(), policy(2));
    w = exhaustRestarts(w);
    w = exhaustRestarts(w);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.groups[GROUP].failoverTimes).toHaveLength(2);
    w = exhaustRestarts(w);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.es].status).toBe('Failed');
    for (let i = 0; i < 6; i++) w = tick(w, 600_000);
    expect(w.cluster.resources[RES.es].status).toBe('Failed');
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
  });

  test('failovers older than the period no longer count', () => {
    let w = send(fresh(), policy(1, 1));
    w = exhaustRestarts(w);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE2');
    for (let i = 0; i < 7; i++) w = tick(w, 600_000);
    w = exhaustRestarts(w);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
  });

  test('threshold 0 means the group never fails over', () => {
    const w = exhaustRestarts(send(fresh(), policy(0)));
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.es].status).toBe('Failed');
  });

  test('Group Properties refuses values outside the fields\' ranges with MFC\'s message, and changes nothing', () => {
    const w = fresh();
    const bad = applyEvent(w, policy(10, 0));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: 'Please enter an integer between 1 and 1193.' } });
    expect(applyEvent(w, policy(-1))).toMatchObject({ ok: false, error: { message: 'Please enter an integer between 0 and 4294967295.' } });
    expect(applyEvent(w, policy(10, 6, { allow: true, window: [0, 24] }))).toMatchObject({ ok: false, error: { message: 'Please enter an integer between 0 and 23.' } });
    expect(bad.world.cluster.groups[GROUP].failoverThreshold).toBe(10);
  });
});

describe('group failback (Q197047)', () => {
  const downAndBack = (w: World) => settle(send(settle(send(w, { type: 'node.down', node: 'NODE1' })), { type: 'node.up', node: 'NODE1' }));

  test('by default (Prevent failback) the group stays on the survivor when its preferred owner returns', () => {
    const w = downAndBack(fresh());
    expect(w.cluster.nodes.NODE1.status).toBe('Up');
    expect(w.cluster.groups[GROUP].owner).toBe('NODE2');
  });

  test('Allow failback Immediately moves it home as soon as the preferred owner joins', () => {
    const w = downAndBack(send(fresh(), policy(10, 6, { allow: true, window: null })));
    expect(w.cluster.groups[GROUP].owner).toBe('NODE1');
    expect(w.cluster.resources[RES.es].status).toBe('Online');
  });

  test('a failback window outside the current hour keeps the group where it is', () => {
    const w = downAndBack(send(fresh(), policy(10, 6, { allow: true, window: [1, 5] })));
    expect(hourOfDay(w.clock)).toBe(9);
    expect(w.cluster.groups[GROUP].owner).toBe('NODE2');
  });

  test('windows may wrap past midnight', () => {
    const h = (hour: number) => (hour - 9) * 3600_000;
    expect(failbackAllowedNow({ allow: true, window: [22, 2] }, h(23))).toBe(true);
    expect(failbackAllowedNow({ allow: true, window: [22, 2] }, h(25))).toBe(true);
    expect(failbackAllowedNow({ allow: true, window: [22, 2] }, h(12))).toBe(false);
    expect(failbackAllowedNow({ allow: false, window: null }, 0)).toBe(false);
  });
});
