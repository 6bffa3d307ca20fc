import { RES, type GroupName, type NodeName } from '../world/names.ts';
import type { GroupStatus, ResourceState, ResourceStatus, ResourceType, World } from '../world/types.ts';

/** What Cluster Administrator reads: the cluster, and the running operations (a group being moved). */
export type ClusterView = Pick<World, 'cluster' | 'ops'>;

/** The badge drawn over a resource, group or node icon ('online' draws none). */
export type StateBadge = 'online' | 'offline' | 'failed' | 'pending' | 'paused';

const resourcesOf = (w: ClusterView, group: GroupName): ResourceState[] =>
  Object.values(w.cluster.resources).filter((r) => r.group === group);

export const isPendingStatus = (s: ResourceStatus): boolean => s === 'Online Pending' || s === 'Offline Pending';

/** True while a Move Group or failover of `group` has still to change its owner. */
export const groupMoving = (w: ClusterView, group: GroupName): boolean =>
  w.ops.some((op) => op.steps.some((s) => s.kind === 'change-owner' && s.group === group));

/**
 * A group's state derived from its resources (MSCS group states, KB 286052): Pending while any
 * resource is pending or the group is moving between nodes; Online when all are online (an empty group counts as online); Failed or
 * Offline when none is online (Failed if any failed); otherwise Partial Online. Pure.
 */
export function groupStatus(w: ClusterView, group: GroupName): GroupStatus {
  const statuses = resourcesOf(w, group).map((r) => r.status);
  if (statuses.some(isPendingStatus) || groupMoving(w, group)) return 'Pending';
  if (statuses.every((s) => s === 'Online')) return 'Online';
  if (!statuses.includes('Online')) return statuses.includes('Failed') ? 'Failed' : 'Offline';
  return 'Partial Online';
}

/** The node a resource runs on: its group's owner. Undefined for an unknown resource. */
export const resourceOwner = (w: ClusterView, name: string): NodeName | undefined => {
  const r = w.cluster.resources[name];
  return r && w.cluster.groups[r.group]?.owner;
};

export interface ResourceRow {
  name: string;
  status: ResourceStatus;
  owner: NodeName;
  group: GroupName;
  type: ResourceType;
  description: string;
}

export interface GroupRow {
  name: GroupName;
  status: GroupStatus;
  owner: NodeName;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

const toRow = (w: ClusterView, r: ResourceState): ResourceRow => ({
  name: r.name, status: r.status, owner: w.cluster.groups[r.group].owner, group: r.group, type: r.type, description: r.description,
});

/**
 * Resource rows for the right pane, sorted by name as Cluster Administrator lists them: all of
 * them, one group's (`{ group }`) or those active on a node (`{ node }`: groups it owns). Pure.
 */
export function resourceRows(w: ClusterView, filter: { group?: GroupName; node?: NodeName } = {}): ResourceRow[] {
  return Object.values(w.cluster.resources)
    .filter((r) => !filter.group || r.group === filter.group)
    .filter((r) => !filter.node || (w.cluster.groups[r.group].owner === filter.node && w.cluster.nodes[filter.node].status !== 'Down'))
    .map((r) => toRow(w, r))
    .sort(byName);
}

/** Group rows sorted by name; with `node`, only the groups active on that node. Pure. */
export function groupRows(w: ClusterView, node?: NodeName): GroupRow[] {
  return Object.values(w.cluster.groups)
    .filter((g) => !node || (g.owner === node && w.cluster.nodes[node].status !== 'Down'))
    .map((g) => ({ name: g.name, status: groupStatus(w, g.name), owner: g.owner }))
    .sort(byName);
}

/** Sorted group names (the order of the Groups folder). */
export const groupNames = (w: ClusterView): GroupName[] => groupRows(w).map((g) => g.name);

/** Resources a resource depends on directly, with their types (the Dependencies tab). */
export const directDependencies = (w: ClusterView, name: string): { name: string; type: ResourceType }[] =>
  (w.cluster.resources[name]?.dependencies ?? []).map((d) => ({ name: d, type: w.cluster.resources[d].type })).sort(byName);

/** Tree label of a node: its name, with "(Down)", "(Joining)" or "(Paused)" when it is not up. */
export function nodeLabel(w: ClusterView, node: NodeName): string {
  const s = w.cluster.nodes[node].status;
  return s === 'Up' ? node : `${node} (${s})`;
}

export function resourceBadge(s: ResourceStatus): StateBadge {
  if (s === 'Online') return 'online';
  if (s === 'Offline') return 'offline';
  return s === 'Failed' ? 'failed' : 'pending';
}

export function groupBadge(s: GroupStatus): StateBadge {
  if (s === 'Offline') return 'offline';
  if (s === 'Failed') return 'failed';
  return s === 'Pending' ? 'pending' : 'online';
}

export const nodeBadge = (w: ClusterView, node: NodeName): StateBadge => {
  const s = w.cluster.nodes[node].status;
  return s === 'Up' ? 'online' : s === 'Down' ? 'failed' : s === 'Paused' ? 'paused' : 'pending';
};

/** Pause Node applies to a node that is up, Resume Node to a paused one (engine/nodes.ts). Unknown node: both false. */
export function nodeCommands(w: ClusterView, node: NodeName): { pause: boolean; resume: boolean } {
  const s = w.cluster.nodes[node]?.status;
  return { pause: s === 'Up', resume: s === 'Paused' };
}

const hasDependants = (w: ClusterView, name: string) => Object.values(w.cluster.resources).some((x) => x.dependencies.includes(name));

export interface ResourceCommands {
  bringOnline: boolean;
  takeOffline: boolean;
  initiateFailure: boolean;
  changeGroup: boolean;
  properties: boolean;
}

/**
 * Which resource commands Cluster Administrator enables, mirroring what the engine accepts
 * (engine/cluster.ts): nothing changes state while the resource is pending; Bring Online needs it
 * Offline or Failed on an Up node; Take Offline needs it not Offline; Initiate Failure needs it
 * Online. Unknown resource: all false.
 */
export function resourceCommands(w: ClusterView, name: string): ResourceCommands {
  const r = w.cluster.resources[name];
  if (!r) return { bringOnline: false, takeOffline: false, initiateFailure: false, changeGroup: false, properties: false };
  const pending = isPendingStatus(r.status);
  const ownerUp = w.cluster.nodes[w.cluster.groups[r.group].owner].status === 'Up';
  return {
    bringOnline: !pending && r.status !== 'Online' && ownerUp,
    takeOffline: !pending && r.status !== 'Offline',
    initiateFailure: r.status === 'Online',
    // [R] MSCS 1.0 moves a resource to another group only on its own: with a dependency link in
    // either direction, or as the quorum resource, Change Group does not apply and stays greyed.
    changeGroup: !pending && r.dependencies.length === 0 && !hasDependants(w, name) && name !== RES.quorum,
    properties: true,
  };
}

export interface GroupCommands {
  bringOnline: boolean;
  takeOffline: boolean;
  move: boolean;
  properties: boolean;
}

/**
 * Group commands as the engine accepts them: none while any resource is pending or the group is
 * moving; Bring Online
 * unless every resource is Online (and the owner is Up); Take Offline unless every resource is
 * Offline; Move Group whenever nothing is pending (with the other node down the cluster itself
 * answers with an error, F14). Unknown group: all false.
 */
export function groupCommands(w: ClusterView, group: GroupName): GroupCommands {
  const g = w.cluster.groups[group];
  if (!g) return { bringOnline: false, takeOffline: false, move: false, properties: false };
  const statuses = resourcesOf(w, group).map((r) => r.status);
  const idle = !statuses.some(isPendingStatus) && !groupMoving(w, group);
  return {
    bringOnline: idle && statuses.some((s) => s !== 'Online') && w.cluster.nodes[g.owner].status === 'Up',
    takeOffline: idle && statuses.some((s) => s !== 'Offline'),
    move: idle && statuses.length > 0,
    properties: true,
  };
}
