import type { TrailEntry } from '../sim/machines/trail.ts';
import { ROOT_ID, type GraphEdge, type GraphNode } from '../sim/graph/machine-to-graph.ts';

/**
 * Live status of map nodes and edges, from the procedure's trail (`context.trail`) and the current
 * state. Pure: the graph view and the text twin both call these, so they always agree.
 */

/** Whether the trainee has been in a map node's state (not the cluster node's Up/Down, which is world `NodeStatus`). */
export type VisitStatus = 'current' | 'visited' | 'not-visited';

export const STATUS_TEXT: Record<VisitStatus, string> = { current: 'Current step', visited: 'Visited', 'not-visited': 'Not visited' };

const within = (path: string, region: string) => path === region || path.startsWith(`${region}.`);

/**
 * `current` for the active state (or the region that holds it), `visited` for any state the
 * trainee has been in (regions: any state inside; the machine root: once one of its own
 * transitions was taken), else `not-visited`.
 */
export function visitStatus(node: Pick<GraphNode, 'id' | 'role'>, trail: readonly TrailEntry[], current: string, edges: readonly GraphEdge[] = []): VisitStatus {
  if (node.role === 'root') {
    const own = edges.filter((e) => e.source === node.id);
    return trail.some((t) => own.some((e) => tookEdge(e, t))) ? 'visited' : 'not-visited';
  }
  if (within(current, node.id)) return 'current';
  return trail.some((t) => within(t.from, node.id) || within(t.to, node.id)) ? 'visited' : 'not-visited';
}

const statusesCache = new WeakMap<readonly GraphNode[], WeakMap<readonly TrailEntry[], Map<string, ReadonlyMap<string, VisitStatus>>>>();

/**
 * `visitStatus` of every node at once, cached per trail array and current state: the map's many
 * nodes (graph and list) read one result per state change instead of each scanning the trail.
 */
export function visitStatuses(nodes: readonly GraphNode[], trail: readonly TrailEntry[], current: string, edges: readonly GraphEdge[]): ReadonlyMap<string, VisitStatus> {
  let byTrail = statusesCache.get(nodes);
  if (!byTrail) statusesCache.set(nodes, (byTrail = new WeakMap()));
  let byCurrent = byTrail.get(trail);
  if (!byCurrent) byTrail.set(trail, (byCurrent = new Map()));
  let statuses = byCurrent.get(current);
  if (!statuses) byCurrent.set(current, (statuses = new Map(nodes.map((n) => [n.id, visitStatus(n, trail, current, edges)]))));
  return statuses;
}

/**
 * Whether a trail entry went along `edge`. The trail names the leaf the trainee was in, while a
 * region's (or the root's) transition leaves from the region, so the source may be an ancestor;
 * the transition's meta tells edges with the same ends apart.
 */
export function tookEdge(edge: GraphEdge, entry: TrailEntry): boolean {
  if (entry.to !== edge.target) return false;
  if (edge.source !== ROOT_ID && !within(entry.from, edge.source)) return false;
  const meta = edge.meta;
  return !meta || (meta.kind === entry.kind && meta.explanation === entry.explanation && meta.kbStep === entry.kbStep);
}

/** How many times the trainee went along `edge` (each trail entry counts for its most specific edge only). */
export const timesTaken = (edge: GraphEdge, trail: readonly TrailEntry[], edges: readonly GraphEdge[]): number => takenCounts(trail, edges).get(edge.id) ?? 0;

/** The candidate whose source is deepest (a leaf's own transition before its region's). */
function mostSpecific(candidates: GraphEdge[]): GraphEdge | undefined {
  const depth = (e: GraphEdge) => (e.source === ROOT_ID ? -1 : e.source.split('.').length);
  return candidates.reduce<GraphEdge | undefined>((best, e) => (!best || depth(e) > depth(best) ? e : best), undefined);
}

export const takenText = (times: number) => (times === 0 ? 'not taken' : times === 1 ? 'taken' : `taken ${times} times`);

const countsCache = new WeakMap<readonly GraphEdge[], WeakMap<readonly TrailEntry[], Map<string, number>>>();

/**
 * How often each edge was taken (by edge id), for a whole trail at once. Cached per trail array:
 * the machine makes a new array only when the trail grows, so the many edges of the map share one
 * count per change.
 */
export function takenCounts(trail: readonly TrailEntry[], edges: readonly GraphEdge[]): ReadonlyMap<string, number> {
  let byTrail = countsCache.get(edges);
  if (!byTrail) countsCache.set(edges, (byTrail = new WeakMap()));
  let counts = byTrail.get(trail);
  if (counts) return counts;
  counts = new Map();
  for (const entry of trail) {
    const best = mostSpecific(edges.filter((e) => tookEdge(e, entry)));
    if (best) counts.set(best.id, (counts.get(best.id) ?? 0) + 1);
  }
  byTrail.set(trail, counts);
  return counts;
}
