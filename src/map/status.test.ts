import { describe, expect, test } from 'vitest';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import { machineToGraph, ROOT_ID } from '../sim/graph/machine-to-graph.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { currentStateId } from '../sim/selectors.ts';
import { createLab } from '../sim/testing/lab-driver.ts';
import { RES } from '../sim/world/names.ts';
import { visitStatus, visitStatuses, takenCounts, timesTaken } from './status.ts';

const graph = machineToGraph(procedureMachine);
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
const edge = (id: string) => graph.edges.find((e) => e.id === id)!;

function statusOf(lab: ReturnType<typeof createLab>) {
  const trail = lab.snapshot.context.trail;
  const current = currentStateId(lab.snapshot);
  return {
    node: (id: string) => visitStatus(node(id), trail, current, graph.edges),
    taken: (id: string) => timesTaken(edge(id), trail, graph.edges),
    takenIds: () => [...takenCounts(trail, graph.edges).keys()],
  };
}

describe('live status of the map, from the trail', () => {
  test('at the start only the first step is current; nothing is visited or taken', () => {
    const lab = createLab({ scenario: standardScenario });
    const s = statusOf(lab);
    expect(s.node('main.prepare')).toBe('current');
    expect(s.node('main')).toBe('current');
    expect(s.node('main.takeDirectoryOffline')).toBe('not-visited');
    expect(s.node('failure')).toBe('not-visited');
    expect(s.node(ROOT_ID)).toBe('not-visited');
    expect(s.takenIds()).toEqual([]);
  });

  test('the correct path marks each step visited and each edge along it taken, in order', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator();
    const s = statusOf(lab);
    expect(currentStateId(lab.snapshot)).toBe('main.restoreFromTape');
    expect(s.node('main.restoreFromTape')).toBe('current');
    for (const id of ['main.prepare', 'main.takeDirectoryOffline', 'main.quitClusterAdmin']) expect(s.node(id)).toBe('visited');
    expect(s.takenIds()).toEqual(['main.prepare:always:0', 'main.takeDirectoryOffline:always:0', 'main.quitClusterAdmin:always:1']);
    expect(s.node('main.restoring')).toBe('not-visited');
  });

  test('a mistake is taken along the region\'s edge (the trail names the leaf), then the recovery', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore();
    lab.startClusterAdministrator().bringOnline(RES.ds);
    let s = statusOf(lab);
    expect(currentStateId(lab.snapshot)).toBe('failure.directoryFailed');
    expect(s.node('failure.directoryFailed')).toBe('current');
    expect(s.node('failure')).toBe('current');
    expect(s.node('main')).toBe('visited');
    const mistake = graph.edges.find((e) => e.source === 'main' && e.target === 'failure.directoryFailed')!;
    expect(s.taken(mistake.id)).toBe(1);
    // The failure region has an edge to the same state; it was not the one taken.
    expect(s.taken(graph.edges.find((e) => e.source === 'failure' && e.target === 'failure.directoryFailed')!.id)).toBe(0);
    lab.startBackup().restore();
    s = statusOf(lab);
    expect(currentStateId(lab.snapshot)).toMatch(/^main\./);
    expect(s.taken('failure.directoryFailed:always:0')).toBe(1);
    expect(s.node('failure.directoryFailed')).toBe('visited');
    expect(s.node('failure')).toBe('visited');
  });

  test('stopping the attempt goes along the root\'s edge and marks the root visited', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.send({ type: 'attempt.abandon', reason: 'stop' });
    const s = statusOf(lab);
    expect(currentStateId(lab.snapshot)).toBe('abandoned');
    expect(s.taken('lab:attempt.abandon:0')).toBe(1);
    expect(s.node(ROOT_ID)).toBe('visited');
    expect(s.node('abandoned')).toBe('current');
  });

  test('counts are cached per trail and counted once per entry', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.startClusterAdministrator().selectGroup();
    const trail = lab.snapshot.context.trail;
    expect(takenCounts(trail, graph.edges)).toBe(takenCounts(trail, graph.edges));
    const total = [...takenCounts(trail, graph.edges).values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(trail.length);
  });

  test('all statuses at once agree with each node\'s own, once per trail and current state', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.startClusterAdministrator().selectGroup();
    const trail = lab.snapshot.context.trail;
    const current = currentStateId(lab.snapshot);
    const all = visitStatuses(graph.nodes, trail, current, graph.edges);
    for (const n of graph.nodes) expect(all.get(n.id)).toBe(visitStatus(n, trail, current, graph.edges));
    expect(visitStatuses(graph.nodes, trail, current, graph.edges)).toBe(all);
    expect(visitStatuses(graph.nodes, trail, 'main.prepare', graph.edges).get('main.prepare')).toBe('current');
  });
});
