import { exchangeOwner } from '../../sim/engine/topology.ts';
import { ripKeyPresent, ripKeyValid, mailVerified } from '../../sim/machines/predicates.ts';
import { EXCHANGE_GROUP, NODES, SERVICE_DISPLAY, type DatabaseService, type NodeName } from '../../sim/world/names.ts';
import type { World } from '../../sim/world/types.ts';

export interface WorldSummary {
  nodes: { node: NodeName; status: string }[];
  owner: NodeName;
  resources: { name: string; status: string }[];
  services: { node: NodeName; rows: { name: string; status: string; by: string }[] }[];
  ripKeys: string[];
  lastRestore: string;
  mail: string;
}

const DBS: DatabaseService[] = ['MSExchangeDS', 'MSExchangeIS'];

/** The facts an instructor reads off a replayed world, in words. Pure. */
export function worldSummary(w: World): WorldSummary {
  const restore = w.backup.restores.at(-1);
  const ripKeys = NODES.flatMap((n) => DBS.filter((d) => ripKeyPresent(w, n, d)).map((d) => `${n}: ${d} (${ripKeyValid(w, n, d) ? 'valid' : 'not valid'})`));
  return {
    nodes: NODES.map((node) => ({ node, status: w.cluster.nodes[node].status })),
    owner: exchangeOwner(w),
    resources: Object.values(w.cluster.resources).filter((r) => r.group === EXCHANGE_GROUP).map((r) => ({ name: r.name, status: r.status })),
    services: NODES.map((node) => ({
      node,
      rows: Object.values(w.services[node]).map((s) => ({ name: SERVICE_DISPLAY[s.name], status: s.status, by: s.controller === 'cluster' ? 'cluster' : s.controller === 'scm' ? 'Control Panel' : '' })),
    })),
    ripKeys,
    lastRestore: restore ? `${restore.status} (to ${restore.options.destination} on ${restore.node})` : 'none',
    mail: mailVerified(w) ? 'verified (delivery receipt arrived)' : 'not verified',
  };
}
