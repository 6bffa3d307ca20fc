import { RPC_UNAVAILABLE } from '../engine/backup.ts';
import { CLUSTER_NETWORKS } from '../world/network.ts';
import { NODES, RES, type NodeName } from '../world/names.ts';
import type { ClusterState, NodeStatus } from '../world/types.ts';

/** What File > Open Connection needs of the world: the cluster, its nodes and resources. */
export type ConnectView = { cluster: ClusterState };

export type ClusterConnect =
  | { ok: true; cluster: string }
  /** Q228480: first a Yes/No question (`question`), then, whatever the answer, the error box (`error`). */
  | { ok: false; question: string; error: string };

/** Q228480 [V]: the box Cluster Administrator shows when it cannot open a connection, and its question. */
export const connectQuestion = (name: string) =>
  `A connection to the cluster at ${name} could not be opened. This may be caused by the Cluster Service on node ${name} not being started. ` +
  `Would you like Cluster Administrator to attempt to start the Cluster Service on node ${name}?`;
/** Q228480 [V]; the hex code is written as Windows formats it (%08x), the KB's "0000006ba" has one 0 too many. */
export const connectError = (name: string) => `An error occurred trying to open the cluster at ${name}\n\n${RPC_UNAVAILABLE}\nError ID: 1722 (000006ba)`;

/** A node's Cluster Service answers while the node is up (paused included); down or still joining, it does not. */
const answers = (status: NodeStatus) => status === 'Up' || status === 'Paused';

/**
 * The node whose Cluster Service a name reaches, or null: "." is the computer Cluster Administrator
 * runs on (Q228480); a node's name or one of its addresses is that node; a Network Name resource's
 * name (the cluster name, a virtual server) or an IP Address resource's address reaches the node
 * that owns it while the resource is online (NetBIOS and ARP answer only then) [I]. Case-insensitive,
 * leading backslashes and blanks ignored. Pure.
 */
export function nodeReached(w: ConnectView, name: string, from: NodeName): NodeName | null {
  const key = name.trim().replace(/^\\+/, '').toUpperCase();
  if (!key) return null;
  if (key === '.') return from;
  const node = NODES.find((n) => n === key || CLUSTER_NETWORKS.some((net) => net.address[n] === key));
  if (node) return node;
  const r = Object.values(w.cluster.resources).find(
    (res) => (res.type === 'Network Name' && res.parameters.Name?.toUpperCase() === key) || (res.type === 'IP Address' && res.parameters.Address === key),
  );
  return r && r.status === 'Online' ? w.cluster.groups[r.group].owner : null;
}

/**
 * File > Open Connection... (Q197382, Q228480): whether Cluster Administrator on `from` opens the
 * lab's cluster through `name`. It does when the name reaches a node whose Cluster Service runs;
 * any other name (unknown, a node that is down, a name whose resource is offline) gets Q228480's
 * question and error. There is one cluster in the lab, so a connection is always to it. Pure.
 */
export function connectCluster(w: ConnectView, name: string, from: NodeName): ClusterConnect {
  const node = nodeReached(w, name, from);
  if (node && answers(w.cluster.nodes[node].status)) return { ok: true, cluster: w.cluster.name };
  const shown = name.trim();
  return { ok: false, question: connectQuestion(shown), error: connectError(shown) };
}

/** Browse... [R]: the clusters that announce themselves on the network, i.e. this one while its Cluster Name is online. Pure. */
export function clustersOnNetwork(w: ConnectView): string[] {
  return w.cluster.resources[RES.clusterName]?.status === 'Online' ? [w.cluster.name] : [];
}
