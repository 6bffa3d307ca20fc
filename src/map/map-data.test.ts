import { describe, expect, test } from 'vitest';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import { machineToGraph } from '../sim/graph/machine-to-graph.ts';
import { FLOW_EDGES, FLOW_NODES, LAYOUT } from './flow-data.ts';
import { childrenOf, GRAPH, LIST_ORDER } from './graph-data.ts';
import { clampWidth, MIN_WIDTH, parsePrefs } from './map-prefs.ts';

describe('what the map draws and lists', () => {
  test('the React Flow nodes and edges are the machine graph, one for one, with the same ids', () => {
    const graph = machineToGraph(procedureMachine);
    expect(FLOW_NODES.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(FLOW_EDGES.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
    for (const e of FLOW_EDGES) expect([e.source, e.target, e.sourceHandle, e.targetHandle]).toEqual([e.data!.edge.source, e.data!.edge.target, LAYOUT.handles[e.id].source, LAYOUT.handles[e.id].target]);
  });

  test('regions come before their states, whose positions are relative to the region', () => {
    const index = new Map(FLOW_NODES.map((n, i) => [n.id, i]));
    for (const n of FLOW_NODES.filter((x) => x.parentId)) {
      expect(index.get(n.parentId!)!).toBeLessThan(index.get(n.id)!);
      const abs = LAYOUT.boxes[n.id], parent = LAYOUT.boxes[n.parentId!];
      expect(n.position).toEqual({ x: abs.x - parent.x, y: abs.y - parent.y });
    }
    // Read-only, named and described for assistive technology.
    for (const n of FLOW_NODES) {
      expect(n).toMatchObject({ draggable: false, connectable: false, deletable: false });
      expect(n.domAttributes?.['aria-labelledby']).toMatch(/^map-step-\S+ map-title-\S+ map-status-\S+$/);
      expect(n.domAttributes?.['aria-describedby']).toMatch(/^map-desc-/);
    }
  });

  test('the text twin lists every state exactly once, the main line in KB order', () => {
    const listed: string[] = [];
    const walk = (ids: readonly { id: string; role: string }[]) => {
      for (const n of ids) {
        listed.push(n.id);
        if (n.role === 'region') walk(childrenOf(n.id));
      }
    };
    walk(LIST_ORDER);
    expect([...listed].sort()).toEqual(GRAPH.nodes.map((n) => n.id).sort());
    expect(new Set(listed).size).toBe(listed.length);
    const steps = childrenOf('main').map((n) => n.meta.kbStep!);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(listed.indexOf('done')).toBeGreaterThan(listed.indexOf('main.testFailover'));
  });

  test('saved dock preferences are read defensively', () => {
    expect(parsePrefs(null)).toEqual({ width: 380, view: 'graph' });
    expect(parsePrefs('{not json')).toEqual({ width: 380, view: 'graph' });
    expect(parsePrefs('{"width":"wide","view":"map"}')).toEqual({ width: 380, view: 'graph' });
    expect(parsePrefs('{"width":500,"view":"list"}')).toEqual({ width: 500, view: 'list' });
    expect(clampWidth(10, 1366)).toBe(MIN_WIDTH);
    expect(clampWidth(5000, 1366)).toBe(1366 - 560);
    expect(clampWidth(400, 700)).toBe(MIN_WIDTH);
  });
});
