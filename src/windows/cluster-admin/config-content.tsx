import { nodeBadge, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { NODES } from '../../sim/world/names.ts';
import { CLUSTER_NETWORKS } from '../../sim/world/network.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { PaneContent } from './pane-types.ts';
import type { ConfigFolder } from './tree-ids.ts';

/** Resource types installed with MSCS 1.0 [R]. */
const RESOURCE_TYPES: [string, string][] = [
  ['File Share', 'clusres.dll'], ['Generic Application', 'clusres.dll'], ['Generic Service', 'clusres.dll'],
  ['IP Address', 'clusres.dll'], ['Network Name', 'clusres.dll'], ['Physical Disk', 'clusres.dll'],
  ['Print Spooler', 'clusres.dll'], ['Time Service', 'clusres.dll'],
];

/** Static configuration lists under Cluster Configuration; interfaces follow their node's state. */
export function configContent(w: ClusterView, folder: ConfigFolder): PaneContent {
  if (folder === 'Resource Types') {
    return {
      label: folder,
      columns: [{ label: 'Display Name', width: 160 }, { label: 'Resource DLL', width: 100 }],
      rows: RESOURCE_TYPES.map(([name, dll]) => ({ id: `type:${name}`, icon: <Icon name="resource" />, cells: [name, dll] })),
    };
  }
  if (folder === 'Networks') {
    return {
      label: folder,
      columns: [{ label: 'Name', width: 120 }, { label: 'State', width: 60 }, { label: 'Role' }],
      rows: CLUSTER_NETWORKS.map((n) => ({ id: `net:${n.name}`, icon: <Icon name="network" />, cells: [n.name, 'Up', n.role] })),
    };
  }
  return {
    label: folder,
    columns: [{ label: 'Node', width: 70 }, { label: 'Network', width: 80 }, { label: 'State', width: 80 }, { label: 'Address' }],
    rows: NODES.flatMap((node) =>
      CLUSTER_NETWORKS.map((n) => ({
        id: `nic:${node}:${n.name}`,
        icon: <Icon name="network" state={nodeBadge(w, node) === 'online' || nodeBadge(w, node) === 'paused' ? undefined : 'failed'} />,
        cells: [node, n.name, nodeBadge(w, node) === 'online' || nodeBadge(w, node) === 'paused' ? 'Up' : 'Unavailable', n.address[node]],
      })),
    ),
  };
}
