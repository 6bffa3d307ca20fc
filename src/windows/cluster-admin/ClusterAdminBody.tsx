import { useDeferredValue, useEffect, useRef, type KeyboardEvent } from 'react';
import type { NodeName } from '../../sim/world/names.ts';
import { ListView } from '../../ui/ListView.tsx';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { TreeView } from '../../ui/TreeView.tsx';
import { useContextMenu } from '../../ui/use-context-menu.tsx';
import { clusterTree } from './cluster-tree.tsx';
import { nodeItems, objectActions, objectItems } from './commands.ts';
import { menuBar } from './menus.ts';
import { paneContent } from './pane-content.tsx';
import { Modals } from './Modals.tsx';
import { Toolbar } from './Toolbar.tsx';
import { isTreeId, objectOf, parseTreeId } from './tree-ids.ts';
import { useClusterAdmin } from './use-cluster-admin.ts';
import './cluster-admin.css';

/** CLUADMIN's main window: menu bar, cluster tree, details list, status bar (domain §9.1). */
export function ClusterAdminBody({ node }: { node: NodeName }) {
  const ca = useClusterAdmin(node);
  const { view, pane, handlers, modal } = ca;
  const menu = useContextMenu('Shortcut menu');
  const treeRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusListAfterOpen = useRef(false);
  // The tree's selection paints with the click; the right pane's list (dozens of cells) follows.
  const listTreeId = useDeferredValue(pane.treeId);
  const content = paneContent(view, listTreeId);
  const actions = objectActions(view, ca.current, handlers);

  // Start with the keyboard in the tree, as the real program does.
  useEffect(() => treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus(), []);
  // Opening a folder row from the list keeps the keyboard in the list.
  useEffect(() => {
    if (!focusListAfterOpen.current || listTreeId !== pane.treeId) return;
    focusListAfterOpen.current = false;
    listRef.current?.querySelector<HTMLElement>('tbody tr')?.focus();
  });

  const openMenuFor = (id: string, at: { x: number; y: number }) => {
    const sel = parseTreeId(id);
    const items = objectItems(view, objectOf(id), handlers) ?? (sel.kind === 'node' ? nodeItems(view, sel.node, handlers) : null);
    if (items) menu.openAt(items, at);
  };
  const activateRow = (id: string) => {
    const obj = objectOf(id);
    if (obj?.kind === 'resource') handlers.properties(obj);
    else if (isTreeId(id)) {
      focusListAfterOpen.current = true;
      ca.selectTree(id);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && e.key === 'Enter') {
      if (ca.current) handlers.properties(ca.current);
    } else if (e.key === 'F1' && !modal) handlers.help();
    else if (e.key !== 'F5' && e.key !== 'F1') return;
    e.preventDefault();
  };

  return (
    <div className="cluadmin" onKeyDown={onKeyDown}>
      <MenuBar menus={menuBar(view, ca.current, handlers)} />
      <Toolbar openConnection={handlers.openConnection} properties={actions.properties} bringOnline={actions.bringOnline} takeOffline={actions.takeOffline} />
      <div className="cluadmin-split">
        <div ref={treeRef} className="cluadmin-tree" onFocus={() => ca.focusPane('tree')}>
          <TreeView
            label="Cluster"
            nodes={clusterTree(view)}
            selectedId={pane.treeId}
            expandedIds={pane.expanded}
            onSelect={ca.selectTree}
            onToggle={ca.toggle}
            onContextMenu={openMenuFor}
          />
        </div>
        <div ref={listRef} className="cluadmin-list" onFocus={() => ca.focusPane('list')}>
          <ListView
            label={content.label}
            columns={content.columns}
            rows={content.rows}
            selectedId={pane.rowId}
            onSelect={ca.selectRow}
            onActivate={activateRow}
            onContextMenu={openMenuFor}
          />
        </div>
      </div>
      <div className="status-bar cluadmin-status">
        <p className="status-bar-field">For Help, press F1</p>
        <p className="status-bar-field cluadmin-indicator" />
        <p className="status-bar-field cluadmin-indicator" />
      </div>
      {menu.element}
      <Modals modal={modal} view={view} recent={ca.recent} onOpen={ca.openConnection} onClose={ca.closeModal} />
    </div>
  );
}
