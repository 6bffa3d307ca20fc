import type { Draft } from './draft.ts';
import { simError, type SimError } from './result.ts';

/**
 * Cluster Properties > Network Priority, OK or Apply (Q174794): the cluster sends internal traffic on
 * the highest-priority network that is available. The new order must list the same networks, each
 * once; the lab's cluster traffic behaves the same on either (no rule reads the order yet).
 */
export function setNetworkPriority(d: Draft, networks: readonly string[]): SimError | null {
  const current = d.w.cluster.networkPriority;
  const same = networks.length === current.length && new Set(networks).size === networks.length && networks.every((n) => current.includes(n));
  if (!same) return simError('invalid-argument', `The network priority must list ${current.join(' and ')}, each once.`);
  d.w.cluster.networkPriority = [...networks];
  return null;
}
