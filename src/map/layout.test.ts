import { describe, expect, test } from 'vitest';
import { procedureMachine } from '../sim/machines/procedure-machine.ts';
import { layoutGraph, STATE_SIZE, type Box } from './layout.ts';
import { machineToGraph } from '../sim/graph/machine-to-graph.ts';
import { LAYOUT } from './layout.generated.ts';

const graph = machineToGraph(procedureMachine);
const layout = layoutGraph(graph);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const ancestors = (id: string): string[] => {
  const p = byId.get(id)?.parent;
  return p ? [p, ...ancestors(p)] : [];
};

describe('procedure map layout', () => {
  test('is deterministic: the same graph gives the same coordinates, also from a fresh graph', () => {
    expect(layoutGraph(machineToGraph(procedureMachine))).toEqual(layout);
    expect(layoutGraph(graph)).toEqual(layout);
  });

  test('the layout the browser loads is this one (after a change to the machine, run `npm run map-layout`)', () => {
    expect(LAYOUT).toEqual(layout);
  });

  test('every node has a box inside the drawing; no two nodes overlap unless one contains the other', () => {
    expect(Object.keys(layout.boxes).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const ids = Object.keys(layout.boxes);
    const clashes: string[] = [];
    for (const [i, a] of ids.entries()) {
      const A = layout.boxes[a];
      expect(A.x, a).toBeGreaterThanOrEqual(0);
      expect(A.y, a).toBeGreaterThanOrEqual(0);
      expect(A.x + A.width, a).toBeLessThanOrEqual(layout.width);
      expect(A.y + A.height, a).toBeLessThanOrEqual(layout.height);
      for (const b of ids.slice(i + 1)) {
        const nested = ancestors(a).includes(b) || ancestors(b).includes(a);
        if (!nested && overlap(A, layout.boxes[b])) clashes.push(`${a} / ${b}`);
      }
    }
    expect(clashes).toEqual([]);
    // A region's box holds each of its states.
    for (const n of graph.nodes) if (n.parent) expect(inside(layout.boxes[n.id], layout.boxes[n.parent]), n.id).toBe(true);
  });

  test('the KB steps form one straight column, top to bottom in KB order, ending in Done', () => {
    const line = graph.nodes.filter((n) => n.parent === 'main').map((n) => layout.boxes[n.id]);
    expect(new Set(line.map((b) => b.x)).size).toBe(1);
    for (let i = 1; i < line.length; i++) expect(line[i].y).toBeGreaterThan(line[i - 1].y);
    expect(layout.boxes.done.x).toBe(line[0].x);
    expect(layout.boxes.done.y).toBeGreaterThan(line.at(-1)!.y);
  });

  test('failure states sit beside the step where the mistake is made, to the right of the main line', () => {
    const mainRight = layout.boxes.main.x + layout.boxes.main.width;
    for (const n of graph.nodes.filter((x) => x.parent === 'failure')) expect(layout.boxes[n.id].x, n.id).toBeGreaterThan(mainRight);
    const rowOf = (id: string) => layout.boxes[id].y;
    // F1 (restore refused, KB step 2) right below "Take the Directory offline"; F2 (KB step 7) below "Start services".
    expect(rowOf('failure.restoreRefused')).toBeGreaterThan(rowOf('main.takeDirectoryOffline'));
    expect(rowOf('failure.restoreRefused')).toBeLessThanOrEqual(rowOf('main.restoreFromTape'));
    expect(rowOf('failure.directoryFailed')).toBeGreaterThan(rowOf('main.startServices'));
    expect(rowOf('failure.directoryFailed')).toBeLessThan(rowOf('main.verifyMail'));
    // At most two failure states side by side.
    const rows = new Map<number, number>();
    for (const n of graph.nodes.filter((x) => x.parent === 'failure')) rows.set(rowOf(n.id), (rows.get(rowOf(n.id)) ?? 0) + 1);
    expect(Math.max(...rows.values())).toBeLessThanOrEqual(2);
    expect(layout.width).toBeLessThan(4 * (STATE_SIZE.width + 40));
  });

  test('every edge has handles; edges down the main line go bottom to top, back up it round the left', () => {
    expect(Object.keys(layout.handles).sort()).toEqual(graph.edges.map((e) => e.id).sort());
    expect(layout.handles['main.prepare:always:0']).toEqual({ source: 'bottom', target: 'top' });
    expect(layout.handles['main.quitClusterAdmin:always:0']).toEqual({ source: 'left-out', target: 'left-in' });
    expect(layout.handles['failure.directoryFailed:always:0']).toEqual({ source: 'left-out', target: 'right-in' });
    expect(layout.handles['main:always:0']).toEqual({ source: 'right-out', target: 'left-in' });
  });
});
