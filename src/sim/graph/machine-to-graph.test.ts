import { describe, expect, test } from 'vitest';
import { createMachine } from 'xstate';
import { startSnapshot } from '../attempt/replay.ts';
import { procedureMachine } from '../machines/procedure-machine.ts';
import { standardScenario } from '../scenarios/standard.ts';
import { currentStateId } from '../selectors.ts';
import { machineToGraph, ROOT_ID, type MachineGraph } from './machine-to-graph.ts';

/**
 * An independent reading of the machine: its config as written (not the state-node objects the
 * graph module walks), with targets resolved by hand. `#lab.x.y`, `.child` and `sibling` forms.
 */
type Transition = string | { target?: string | string[] };
type Config = { states?: Record<string, Config>; on?: Record<string, Transition | Transition[]>; always?: Transition | Transition[] };
const list = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const targets = (t: Transition) => list(typeof t === 'string' ? t : t.target);

function resolve(path: string, target: string): string {
  if (target.startsWith('#lab.')) return target.slice(5);
  if (target.startsWith('.')) return path === ROOT_ID ? target.slice(1) : `${path}${target}`;
  const parent = path.split('.').slice(0, -1);
  return [...parent, target].join('.');
}

function fromConfig(config: Config, path = ROOT_ID, out = { states: [] as string[], transitions: [] as string[] }) {
  out.states.push(path);
  const groups: [string, Transition[]][] = [...Object.entries(config.on ?? {}).map(([e, t]) => [e, list(t)] as [string, Transition[]]), ['always', list(config.always)]];
  for (const [event, ts] of groups) for (const t of ts) for (const target of targets(t)) out.transitions.push(`${path} -${event}-> ${resolve(path, target)}`);
  for (const [key, child] of Object.entries(config.states ?? {})) fromConfig(child, path === ROOT_ID ? key : `${path}.${key}`, out);
  return out;
}

/** What the machine has that the map lacks, and the other way round. */
function differences(graph: MachineGraph, config: Config) {
  const expected = fromConfig(config);
  const nodes = graph.nodes.map((n) => n.id);
  const edges = graph.edges.map((e) => `${e.source} -${e.event ?? 'always'}-> ${e.target}`);
  const missing = (a: string[], b: string[]) => {
    const pool = [...b];
    return a.filter((x) => { const i = pool.indexOf(x); if (i < 0) return true; pool.splice(i, 1); return false; });
  };
  return {
    statesWithoutNode: missing(expected.states, nodes),
    nodesNotInMachine: missing(nodes, expected.states),
    transitionsWithoutEdge: missing(expected.transitions, edges),
    edgesNotInMachine: missing(edges, expected.transitions),
  };
}

const graph = machineToGraph(procedureMachine);
const config = procedureMachine.config as unknown as Config;

describe('the procedure map is the machine', () => {
  test('every state has a node, every transition with a target has an edge, and nothing else', () => {
    expect(differences(graph, config)).toEqual({ statesWithoutNode: [], nodesNotInMachine: [], transitionsWithoutEdge: [], edgesNotInMachine: [] });
    // The eventless transitions (which toDirectedGraph leaves out) and the root's attempt.abandon are there.
    expect(graph.edges.filter((e) => e.event === null).length).toBeGreaterThan(60);
    expect(graph.edges.find((e) => e.id === 'lab:attempt.abandon:0')).toMatchObject({ source: ROOT_ID, target: 'abandoned', kind: 'detour' });
    // The targetless catch-all ('*' applies the event to the world) is not an edge.
    expect(graph.edges.some((e) => e.event === '*')).toBe(false);
  });

  test('the check above notices a state, a transition or a node the map does not match', () => {
    const extra: Config = { ...config, states: { ...config.states, limbo: { always: { target: 'done' } } } };
    expect(differences(graph, extra)).toMatchObject({ statesWithoutNode: ['limbo'], transitionsWithoutEdge: ['limbo -always-> done'] });
    const trimmed: MachineGraph = { nodes: [...graph.nodes, { ...graph.nodes[1], id: 'ghost' }], edges: graph.edges.slice(1) };
    expect(differences(trimmed, config)).toMatchObject({ nodesNotInMachine: ['ghost'], transitionsWithoutEdge: [expect.any(String)] });
    // And the graph of a different machine follows that machine.
    const toy = createMachine({ id: 'lab', initial: 'a', states: { a: { on: { go: 'b' }, always: { target: 'c', guard: () => false } }, b: {}, c: { type: 'final' } } });
    expect(differences(machineToGraph(toy), toy.config as unknown as Config)).toEqual({ statesWithoutNode: [], nodesNotInMachine: [], transitionsWithoutEdge: [], edgesNotInMachine: [] });
  });

  test('ids are stable: state paths as currentStateId gives them, edges as source:event:index', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    expect(ids).toContain(currentStateId(startSnapshot(standardScenario, 1)));
    expect(ids).toEqual(expect.arrayContaining(['main', 'failure', 'main.quitClusterAdmin', 'main.restoreFromTape', 'failure.directoryFailed', 'orgMismatch', 'done', 'abandoned']));
    expect(graph.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['main.quitClusterAdmin:always:0', 'main.quitClusterAdmin:always:2', 'main:always:0', 'failure.directoryFailed:always:1']));
    for (const e of graph.edges) expect(ids, e.id).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  test('nodes carry the state meta, regions are marked, and edges the transition meta', () => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('main')).toMatchObject({ role: 'region', parent: null });
    expect(byId.get('failure.directoryFailed')).toMatchObject({ role: 'state', parent: 'failure', meta: { kbStep: 7, kind: 'mistake', branch: 'F2' } });
    expect(byId.get('main.restoreFromTape')?.meta).toMatchObject({ title: '4–6. Restore from tape', kbStep: 4 });
    expect(byId.get(ROOT_ID)).toMatchObject({ role: 'root', parent: null });
    for (const n of graph.nodes) expect(n.meta.title, n.id).not.toBe('');
    const kinds = new Set(graph.edges.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['correct', 'detour', 'mistake', 'recovery']);
    expect(graph.edges.find((e) => e.id === 'main.quitClusterAdmin:always:2')).toMatchObject({ target: 'main.restoring', kind: 'mistake', meta: { severity: 'minor' } });
    expect(graph.edges.every((e) => e.meta !== null)).toBe(true);
  });
});
