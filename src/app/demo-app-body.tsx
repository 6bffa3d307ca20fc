import { useState } from 'react';
import type { AppId, NodeName } from '../desktop/apps.ts';
import { Icon } from '../ui/Icon.tsx';
import { ListView } from '../ui/ListView.tsx';
import type { MenuSpec } from '../ui/menu-types.ts';
import { TreeView } from '../ui/TreeView.tsx';
import { useContextMenu } from '../ui/use-context-menu.tsx';

/** Placeholder menus until the real tools arrive. */
export function demoMenus(app: AppId): MenuSpec[] {
  return [
    { label: '&File', items: [{ label: '&Open Connection...', disabled: app !== 'cluster-admin' }, 'separator', { label: 'E&xit', shortcut: 'Alt+F4' }] },
    { label: '&View', items: [{ label: '&Toolbar', checked: true }, { label: '&Status Bar', checked: true }, 'separator', { label: '&Refresh', shortcut: 'F5' }] },
    { label: '&Help', items: [{ label: '&About...' }] },
  ];
}

const TREE = [
  {
    id: 'cluster',
    label: 'CLUSTER1',
    icon: <Icon name="cluster" />,
    children: [
      { id: 'groups', label: 'Groups', icon: <Icon name="folder" />, children: [{ id: 'exchange', label: 'Exchange Group', icon: <Icon name="group" /> }] },
      { id: 'node1', label: 'NODE1', icon: <Icon name="computer" /> },
      { id: 'node2', label: 'NODE2', icon: <Icon name="computer" /> },
    ],
  },
];
const ROWS = [
  { id: 'ip', icon: <Icon name="resource" />, cells: ['Exchange IP Address', 'Online', 'NODE1', 'IP Address'] },
  { id: 'ds', icon: <Icon name="resource" state="offline" />, cells: ['Exchange Directory', 'Offline', 'NODE1', 'Generic Service'] },
  { id: 'is', icon: <Icon name="resource" state="failed" />, cells: ['Exchange Information Store', 'Failed', 'NODE1', 'Generic Service'] },
  { id: 'mta', icon: <Icon name="resource" state="pending" />, cells: ['Exchange Message Transfer Agent', 'Online Pending', 'NODE1', 'Generic Service'] },
];

/** A tree and list so the primitives can be seen and tried in every placeholder window. */
export function DemoAppBody({ app, node }: { app: AppId; node: NodeName }) {
  const [selected, setSelected] = useState<string | null>('exchange');
  const [expanded, setExpanded] = useState<string[]>(['cluster', 'groups']);
  const [row, setRow] = useState<string | null>(null);
  const menu = useContextMenu();
  return (
    <div className="demo-split">
      <TreeView
        label="Cluster tree"
        nodes={TREE}
        selectedId={selected}
        expandedIds={expanded}
        onSelect={setSelected}
        onToggle={(id, open) => setExpanded((e) => (open ? [...e, id] : e.filter((x) => x !== id)))}
      />
      <ListView
        label={`${app} items on ${node}`}
        columns={[{ label: 'Name', width: 200 }, { label: 'State' }, { label: 'Owner' }, { label: 'Resource Type' }]}
        rows={ROWS}
        selectedId={row}
        onSelect={setRow}
        onContextMenu={(_id, at) => menu.openAt([{ label: 'Bring &Online' }, { label: 'Take O&ffline' }, 'separator', { label: 'P&roperties' }], at)}
      />
      {menu.element}
    </div>
  );
}
