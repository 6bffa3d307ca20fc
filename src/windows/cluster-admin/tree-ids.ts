import { NODES, type GroupName, type NodeName } from '../../sim/world/names.ts';

/** The folders under Cluster Configuration. */
export const CONFIG_FOLDERS = ['Resource Types', 'Networks', 'Network Interfaces'] as const;
export type ConfigFolder = (typeof CONFIG_FOLDERS)[number];

/** What a tree item (or a folder row in the right pane) stands for. */
export type TreeSel =
  | { kind: 'cluster' }
  | { kind: 'groups' }
  | { kind: 'group'; group: GroupName }
  | { kind: 'resources' }
  | { kind: 'config' }
  | { kind: 'config-folder'; folder: ConfigFolder }
  | { kind: 'node'; node: NodeName }
  | { kind: 'node-groups'; node: NodeName }
  | { kind: 'node-resources'; node: NodeName };

/** An object the File menu and shortcut menus act on: the cluster itself (the top of the tree), a group or a resource. */
export type ClusterObject = { kind: 'cluster' } | { kind: 'group'; name: GroupName } | { kind: 'resource'; name: string };

export const groupId = (group: GroupName) => `group:${group}`;
export const resourceId = (name: string) => `res:${name}`;
export const nodeId = (node: NodeName) => `node:${node}`;

const isNode = (s: string): s is NodeName => (NODES as readonly string[]).includes(s);

/** Reads a tree id back; unknown ids fall back to the cluster root. */
export function parseTreeId(id: string): TreeSel {
  const [head, ...rest] = id.split(':');
  const tail = rest.join(':');
  if (head === 'groups' || head === 'resources' || head === 'config') return { kind: head };
  if (head === 'group' && tail) return { kind: 'group', group: tail as GroupName };
  if (head === 'config-folder' && (CONFIG_FOLDERS as readonly string[]).includes(tail)) return { kind: 'config-folder', folder: tail as ConfigFolder };
  if ((head === 'node' || head === 'node-groups' || head === 'node-resources') && isNode(tail)) return { kind: head, node: tail };
  return { kind: 'cluster' };
}

/** The cluster, group or resource an id (tree item or list row) names, if any. */
export function objectOf(id: string | null): ClusterObject | null {
  if (id === 'cluster') return { kind: 'cluster' };
  if (id?.startsWith('res:')) return { kind: 'resource', name: id.slice(4) };
  if (id?.startsWith('group:')) return { kind: 'group', name: id.slice(6) as GroupName };
  return null;
}

/** Tree items to expand so `id` is visible. */
export function ancestorsOf(id: string): string[] {
  const sel = parseTreeId(id);
  switch (sel.kind) {
    case 'cluster': return [];
    case 'group': return ['cluster', 'groups'];
    case 'config-folder': return ['cluster', 'config'];
    case 'node-groups':
    case 'node-resources': return ['cluster', nodeId(sel.node)];
    default: return ['cluster'];
  }
}

/** True for ids that name a tree item (folder and group rows of the right pane open them). */
export const isTreeId = (id: string): boolean => id === 'cluster' || parseTreeId(id).kind !== 'cluster';
