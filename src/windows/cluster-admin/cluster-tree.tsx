import { groupBadge, groupRows, nodeBadge, nodeLabel, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { NODES } from '../../sim/world/names.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { TreeNode } from '../../ui/tree-model.ts';
import { CONFIG_FOLDERS, groupId, nodeId } from './tree-ids.ts';

const folder = <Icon name="folder" />;

/**
 * The left pane: the cluster, its Groups, Resources and Cluster Configuration folders, then one
 * item per node with Active Groups and Active Resources (domain §9.1).
 */
export function clusterTree(w: ClusterView): TreeNode[] {
  const groups = groupRows(w).map((g) => ({ id: groupId(g.name), label: g.name, icon: <Icon name="group" state={groupBadge(g.status)} /> }));
  const config = CONFIG_FOLDERS.map((f) => ({ id: `config-folder:${f}`, label: f, icon: <Icon name={f === 'Resource Types' ? 'folder' : 'network'} /> }));
  const nodes = NODES.map((n) => ({
    id: nodeId(n),
    label: nodeLabel(w, n),
    icon: <Icon name="computer" state={nodeBadge(w, n)} />,
    children: [
      { id: `node-groups:${n}`, label: 'Active Groups', icon: folder },
      { id: `node-resources:${n}`, label: 'Active Resources', icon: folder },
    ],
  }));
  return [
    {
      id: 'cluster',
      label: w.cluster.name,
      icon: <Icon name="cluster" />,
      children: [
        { id: 'groups', label: 'Groups', icon: folder, children: groups },
        { id: 'resources', label: 'Resources', icon: folder },
        { id: 'config', label: 'Cluster Configuration', icon: folder, children: config },
        ...nodes,
      ],
    },
  ];
}
