import type { NodeName } from './names.ts';

/** One cluster network and each node's interface address on it. */
export interface ClusterNetwork {
  name: string;
  role: string;
  address: Record<NodeName, string>;
}

/** Domain §8 [R]: public 192.168.10.0/24, private interconnect 10.0.0.0/24. */
export const CLUSTER_NETWORKS: readonly ClusterNetwork[] = [
  { name: 'Public', role: 'All communications', address: { NODE1: '192.168.10.11', NODE2: '192.168.10.12' } },
  { name: 'Private', role: 'Internal cluster communications only', address: { NODE1: '10.0.0.1', NODE2: '10.0.0.2' } },
];

/**
 * Q174794 [I]: a typical two-adapter cluster gives the private interconnect the highest priority for
 * cluster communications and lets the public network take over if it fails. Both carry cluster
 * traffic here (a network used only for client access would not be listed).
 */
export const INITIAL_NETWORK_PRIORITY: readonly string[] = ['Private', 'Public'];
