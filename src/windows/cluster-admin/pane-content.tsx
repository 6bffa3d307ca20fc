import {
  groupBadge, groupRows, nodeBadge, nodeLabel, resourceBadge, resourceRows, type ClusterView, type ResourceRow,
} from '../../sim/selectors/cluster-admin.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { ListColumn, ListRow } from '../../ui/ListView.tsx';
import { configContent } from './config-content.tsx';
import type { PaneContent } from './pane-types.ts';
import { CONFIG_FOLDERS, groupId, nodeId, parseTreeId, resourceId } from './tree-ids.ts';

export type { PaneContent };

const RESOURCE_COLUMNS: ListColumn[] = [
  { label: 'Name', width: 210 }, { label: 'State', width: 80 }, { label: 'Owner', width: 50 },
  { label: 'Resource Type', width: 95 }, { label: 'Description', width: 190 },
];
const GROUP_COLUMNS: ListColumn[] = [{ label: 'Name', width: 150 }, { label: 'State', width: 80 }, { label: 'Owner', width: 50 }, { label: 'Description' }];
const FOLDER_COLUMNS: ListColumn[] = [{ label: 'Name', width: 150 }, { label: 'State', width: 60 }, { label: 'Description' }];

const resourceList = (rows: ResourceRow[], withGroup: boolean): ListRow[] =>
  rows.map((r) => ({
    id: resourceId(r.name),
    icon: <Icon name="resource" state={resourceBadge(r.status)} />,
    cells: withGroup ? [r.name, r.status, r.owner, r.group, r.type, r.description] : [r.name, r.status, r.owner, r.type, r.description],
  }));

const groupList = (w: ClusterView, node?: NodeName): ListRow[] =>
  groupRows(w, node).map((g) => ({ id: groupId(g.name), icon: <Icon name="group" state={groupBadge(g.status)} />, cells: [g.name, g.status, g.owner, ''] }));

const folderRow = (id: string, name: string, description: string, icon = <Icon name="folder" />, state = ''): ListRow =>
  ({ id, icon, cells: [name, state, description] });

/** The right pane for a tree selection: columns and rows, read from the world. */
export function paneContent(w: ClusterView, treeId: string): PaneContent {
  const sel = parseTreeId(treeId);
  switch (sel.kind) {
    case 'group':
      return { label: `Resources of ${sel.group}`, columns: RESOURCE_COLUMNS, rows: resourceList(resourceRows(w, { group: sel.group }), false) };
    case 'groups':
      return { label: 'Groups', columns: GROUP_COLUMNS, rows: groupList(w) };
    case 'resources': {
      const columns = [...RESOURCE_COLUMNS.slice(0, 3), { label: 'Group', width: 100 }, ...RESOURCE_COLUMNS.slice(3)];
      return { label: 'Resources', columns, rows: resourceList(resourceRows(w), true) };
    }
    case 'node-groups':
      return { label: `Active groups of ${sel.node}`, columns: GROUP_COLUMNS, rows: groupList(w, sel.node) };
    case 'node-resources':
      return { label: `Active resources of ${sel.node}`, columns: RESOURCE_COLUMNS, rows: resourceList(resourceRows(w, { node: sel.node }), false) };
    case 'node':
      return {
        label: sel.node,
        columns: FOLDER_COLUMNS,
        rows: [
          folderRow(`node-groups:${sel.node}`, 'Active Groups', `Groups owned by ${sel.node}`),
          folderRow(`node-resources:${sel.node}`, 'Active Resources', `Resources online on ${sel.node}`),
        ],
      };
    case 'config':
      return {
        label: 'Cluster Configuration',
        columns: FOLDER_COLUMNS,
        rows: CONFIG_FOLDERS.map((f) => folderRow(`config-folder:${f}`, f, '', <Icon name={f === 'Resource Types' ? 'folder' : 'network'} />)),
      };
    case 'config-folder':
      return configContent(w, sel.folder);
    case 'cluster':
      return {
        label: w.cluster.name,
        columns: FOLDER_COLUMNS,
        rows: [
          folderRow('groups', 'Groups', 'Groups of resources that fail over together'),
          folderRow('resources', 'Resources', 'All resources in the cluster'),
          folderRow('config', 'Cluster Configuration', 'Resource types, networks and network interfaces'),
          ...(['NODE1', 'NODE2'] as const).map((n) =>
            folderRow(nodeId(n), nodeLabel(w, n), 'Cluster node', <Icon name="computer" state={nodeBadge(w, n)} />, w.cluster.nodes[n].status)),
        ],
      };
  }
}
