import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import type { StateMeta, TransitionKind, TransitionMeta } from '../machines/meta.ts';

/**
 * The procedure map's data, read from the machine definition (tech-notes §1.5): one node per state
 * node, one edge per transition that has a target. Nothing here is written by hand, so the map
 * cannot drift from the machine. Pure, no React.
 */

/** The machine's root: the source of transitions that apply in every state (`attempt.abandon`). */
export const ROOT_ID = 'lab';

export type GraphNodeRole = 'root' | 'region' | 'state';

export interface GraphNode {
  /** State path without the machine id (`main.restoreFromTape`, `failure.directoryFailed`, `done`); the root is `lab`. */
  id: string;
  /** Enclosing region (`main`, `failure`), or null at the top level. */
  parent: string | null;
  role: GraphNodeRole;
  meta: StateMeta;
  /** Position in document order (the machine's own order), for lists. */
  order: number;
}

export interface GraphEdge {
  /** `${source}:${event|always}:${i}`, `i` the index among that source's transitions for that event. */
  id: string;
  source: string;
  target: string;
  /** Event type, or null for an eventless (`always`) transition. */
  event: string | null;
  kind: TransitionKind;
  meta: TransitionMeta | null;
}

export interface MachineGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** `lab.main.prepare` → `main.prepare`; the root keeps its own id. */
export const pathOf = (node: AnyStateNode): string => (node.parent ? node.id.slice(node.machine.id.length + 1) : ROOT_ID);

const ROOT_META: StateMeta = {
  title: 'Any step',
  kbStep: null,
  summary: 'From any step the trainee can stop the attempt.',
  explanation: 'Transitions on the machine itself apply wherever the trainee is: stopping the attempt ends it in "Stopped".',
  kind: 'transient',
  kb: [],
};

function metaOf(node: AnyStateNode): StateMeta {
  const meta = node.meta as StateMeta | undefined;
  if (meta) return meta;
  // Every state of the procedure machine has meta; a missing one still gets a readable node.
  return { title: node.key, kbStep: null, summary: node.description ?? '', explanation: node.description ?? '', kind: 'transient', kb: [] };
}

function roleOf(node: AnyStateNode): GraphNodeRole {
  if (!node.parent) return 'root';
  return node.type === 'compound' || node.type === 'parallel' ? 'region' : 'state';
}

/** A state node's transitions with targets, event ones first (in definition order), then `always`. */
function edgesOf(node: AnyStateNode): GraphEdge[] {
  const source = pathOf(node);
  const groups: [string | null, readonly { target?: readonly AnyStateNode[]; meta?: unknown }[]][] = [
    ...[...node.transitions.entries()].map(([event, list]) => [event, list] as [string, typeof list]),
    [null, node.always ?? []],
  ];
  const out: GraphEdge[] = [];
  for (const [event, list] of groups) {
    list.forEach((t, i) => {
      const targets = t.target ?? [];
      const meta = (t.meta as TransitionMeta | undefined) ?? null;
      targets.forEach((target, j) => {
        // A transition with several targets (parallel states) gets one edge per target.
        const id = `${source}:${event ?? 'always'}:${i}${targets.length > 1 ? `.${j}` : ''}`;
        out.push({ id, source, target: pathOf(target), event, kind: meta?.kind ?? 'correct', meta });
      });
    });
  }
  return out;
}

/** Every state node of `machine` (the root included) and every transition with a target, `always` included. */
export function machineToGraph(machine: AnyStateMachine): MachineGraph {
  const stateNodes: AnyStateNode[] = [machine.root, ...getStateNodes(machine.root)];
  const nodes = stateNodes.map((n, order): GraphNode => ({
    id: pathOf(n),
    parent: n.parent?.parent ? pathOf(n.parent) : null,
    role: roleOf(n),
    meta: n.parent ? metaOf(n) : ROOT_META,
    order,
  }));
  return { nodes, edges: stateNodes.flatMap(edgesOf) };
}
