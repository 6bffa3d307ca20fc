import { graphlib, layout } from '@dagrejs/dagre';
import type { GraphEdge, GraphNode, MachineGraph } from '../sim/graph/machine-to-graph.ts';
import { RANK_GAP } from './layout-spacing.ts';

/**
 * Layered layout of the procedure map with dagre (tech-notes §3.4), top to bottom: the KB steps
 * form the main line, each failure state sits beside the step where that mistake is made, and the
 * two regions (`main`, `failure`) are dagre clusters, so each becomes one box. Pure and
 * deterministic: same graph, same coordinates.
 *
 * Dagre ranks with a *layout graph* derived from the machine graph:
 * - the spine: `correct` transitions between states (the KB order);
 * - a placement hint for each state reached only through a region's mistake transition: from
 *   the first main-line step whose KB step is at least the state's own (two failures per rank,
 *   so a busy step does not make a row six nodes wide); states with no KB step sit with the ends;
 * - the remaining state-to-state transitions that point forward.
 * Backward transitions (recoveries, detours) are drawn but do not pull the ranks around.
 */

export const STATE_SIZE = { width: 216, height: 92 } as const;
export const ROOT_SIZE = { width: 176, height: 64 } as const;
/** Room inside a region box: a title band on top and a margin around its states. */
export const REGION_PADDING = { top: 30, side: 14, bottom: 14 } as const;

export type HandleId = 'top' | 'bottom' | 'left-in' | 'left-out' | 'right-in' | 'right-out';

export interface Box { x: number; y: number; width: number; height: number }

export interface GraphLayout {
  /** Top-left corner and size of every node, in absolute flow coordinates. */
  boxes: Record<string, Box>;
  /** Which side of each node an edge leaves from and arrives at. */
  handles: Record<string, { source: HandleId; target: HandleId }>;
  width: number;
  height: number;
}

const sizeOf = (n: GraphNode) => (n.role === 'root' ? ROOT_SIZE : STATE_SIZE);
const NODE_GAP = 36;
const MARGIN = 16;

/** Columns, left to right: the main line, the states beside it, and the ends (stopped, dead end). */
type Band = 0 | 1 | 2;
interface LayoutEdge { v: string; w: string; minlen: number; weight: number }

function layoutPlan(graph: MachineGraph): { edges: LayoutEdge[]; band: Map<string, Band> } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const isPlaced = (id: string) => byId.get(id)?.role !== 'region';
  const betweenStates = graph.edges.filter((e) => isPlaced(e.source) && isPlaced(e.target) && e.source !== e.target);
  const spine = betweenStates.filter((e) => e.kind === 'correct');
  const spineIds = new Set(spine.flatMap((e) => [e.source, e.target]));
  const mainLine = graph.nodes.filter((n) => spineIds.has(n.id)).sort((a, b) => a.order - b.order);
  const last = mainLine.at(-1);
  const endAnchor = spine.find((e) => e.target === last?.id)?.source;
  const reachedByState = new Set(betweenStates.map((e) => e.target));
  const band = new Map<string, Band>();

  const out = new Map<string, LayoutEdge>();
  const add = (v: string, w: string, minlen: number, weight: number) => {
    const seen = out.get(`${v}->${w}`);
    if (!seen || seen.weight < weight) out.set(`${v}->${w}`, { v, w, minlen: Math.max(minlen, seen?.minlen ?? 1), weight });
  };

  // Placement hints, grouped by the main-line step they hang from.
  const hangers = new Map<string, GraphNode[]>();
  const ends: GraphNode[] = [];
  for (const n of graph.nodes) {
    if (n.role === 'region') continue;
    if (spineIds.has(n.id)) { band.set(n.id, 0); continue; }
    if (reachedByState.has(n.id)) continue;
    const step = n.meta.kbStep;
    const anchor = step === null ? undefined : mainLine.find((m) => m.meta.kbStep !== null && m.meta.kbStep >= step);
    if (anchor && anchor.id !== last?.id) {
      hangers.set(anchor.id, [...(hangers.get(anchor.id) ?? []), n]);
      band.set(n.id, 1);
    } else {
      ends.push(n);
      band.set(n.id, 2);
    }
  }
  const drop = (anchor: string) => Math.max(1, Math.ceil((hangers.get(anchor)?.length ?? 0) / 2));
  // Two hangers per rank beside their step: each one below the one two places before it.
  for (const [anchor, list] of hangers) list.forEach((n, k) => add(k < 2 ? anchor : list[k - 2].id, n.id, 1, 1));
  for (const e of spine) add(e.source, e.target, drop(e.source), 8);
  // The ends go one rank below the last step of the main line.
  if (endAnchor) for (const n of ends) add(endAnchor, n.id, drop(endAnchor) + 1, 1);
  // Forward transitions between states off the main line (the root's abandon) place what they reach.
  for (const e of betweenStates) {
    if (spineIds.has(e.source) || spineIds.has(e.target) || band.get(e.target) !== undefined) continue;
    add(e.source, e.target, 1, 1);
    band.set(e.target, band.get(e.source) ?? 2);
  }
  for (const n of graph.nodes) if (n.role !== 'region' && !band.has(n.id)) band.set(n.id, 2);
  return { edges: [...out.values()], band };
}

/** Where each edge attaches: down the column, across to the neighbouring column, or round the side when it goes back up. */
function chooseHandles(edge: GraphEdge, boxes: Record<string, Box>, regions: Set<string>): { source: HandleId; target: HandleId } {
  const s = boxes[edge.source], t = boxes[edge.target];
  const sx = s.x + s.width / 2, tx = t.x + t.width / 2, sy = s.y + s.height / 2, ty = t.y + t.height / 2;
  if (regions.has(edge.source)) {
    const inside = tx > s.x && tx < s.x + s.width && ty > s.y && ty < s.y + s.height;
    if (inside) return { source: 'right-out', target: 'right-in' };
    return tx >= sx ? { source: 'right-out', target: 'left-in' } : { source: 'left-out', target: 'right-in' };
  }
  const sameColumn = Math.abs(tx - sx) < Math.min(s.width, t.width) / 2;
  if (sameColumn && ty > sy) return { source: 'bottom', target: 'top' };
  // Back up the main line: round the left side, away from the states beside it.
  if (sameColumn) return sx < STATE_SIZE.width ? { source: 'left-out', target: 'left-in' } : { source: 'right-out', target: 'right-in' };
  return tx > sx ? { source: 'right-out', target: 'left-in' } : { source: 'left-out', target: 'right-in' };
}

/**
 * Dagre ranks the layout graph (network simplex) and orders each rank (crossing reduction); the
 * columns are then snapped to the bands, so the main line is one straight column and each
 * region is a rectangle that holds only its own states.
 */
export function layoutGraph(graph: MachineGraph): GraphLayout {
  const { edges, band } = layoutPlan(graph);
  const g = new graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  // Inserted in document order: dagre breaks ties by insertion order, which keeps the result stable.
  const placed = graph.nodes.filter((n) => n.role !== 'region');
  for (const n of placed) g.setNode(n.id, { ...sizeOf(n) });
  for (const e of edges) g.setEdge(e.v, e.w, { minlen: e.minlen, weight: e.weight });
  const constraints = placed.flatMap((a) => placed.filter((b) => band.get(a.id)! < band.get(b.id)!).map((b) => ({ left: a.id, right: b.id })));
  layout(g, { constraints });

  const laid = placed.map((n) => ({ n, band: band.get(n.id)!, ...(g.node(n.id) as { y: number; order: number; rank: number }) }));
  const sideRanks = laid.filter((l) => l.band === 1).map((l) => l.rank);
  const sideSpan = [Math.min(...sideRanks), Math.max(...sideRanks)];
  const slotsInRank = (rank: number, b: Band) => laid.filter((l) => l.rank === rank && l.band === b).sort((p, q) => p.order - q.order);
  const sideColumns = Math.max(0, ...sideRanks.map((r) => slotsInRank(r, 1).length));
  const columnOf = (l: (typeof laid)[number]): number => {
    const slot = slotsInRank(l.rank, l.band).indexOf(l);
    if (l.band === 0) return slot;
    if (l.band === 1) return 1 + slot;
    const besideSide = l.rank >= sideSpan[0] && l.rank <= sideSpan[1];
    return (besideSide ? 1 + sideColumns : 1) + slot;
  };

  const boxes: Record<string, Box> = {};
  for (const l of laid) {
    const size = sizeOf(l.n);
    const left = MARGIN + columnOf(l) * (STATE_SIZE.width + NODE_GAP) + (STATE_SIZE.width - size.width) / 2;
    boxes[l.n.id] = { x: Math.round(left), y: Math.round(l.y - size.height / 2), width: size.width, height: size.height };
  }
  // A region's box wraps its states, with a title band on top.
  const regions = graph.nodes.filter((n) => n.role === 'region');
  for (const region of regions) {
    const inner = graph.nodes.filter((n) => n.parent === region.id).map((n) => boxes[n.id]).filter(Boolean);
    if (!inner.length) continue;
    const x = Math.min(...inner.map((b) => b.x)) - REGION_PADDING.side;
    const y = Math.min(...inner.map((b) => b.y)) - REGION_PADDING.top;
    const right = Math.max(...inner.map((b) => b.x + b.width)) + REGION_PADDING.side;
    const bottom = Math.max(...inner.map((b) => b.y + b.height)) + REGION_PADDING.bottom;
    boxes[region.id] = { x, y, width: right - x, height: bottom - y };
  }
  const all = Object.values(boxes);
  const minX = Math.min(...all.map((b) => b.x)) - MARGIN, minY = Math.min(...all.map((b) => b.y)) - MARGIN;
  for (const b of all) { b.x -= minX; b.y -= minY; }
  const width = Math.max(...all.map((b) => b.x + b.width)) + MARGIN;
  const height = Math.max(...all.map((b) => b.y + b.height)) + MARGIN;
  const regionIds = new Set(regions.map((n) => n.id));
  const handles = Object.fromEntries(graph.edges.map((e) => [e.id, chooseHandles(e, boxes, regionIds)]));
  return { boxes, handles, width, height };
}
