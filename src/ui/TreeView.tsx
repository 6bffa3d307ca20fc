import { useRef, useState, type KeyboardEvent } from 'react';
import type { Point } from './menu-types.ts';
import { TreeItem } from './TreeItem.tsx';
import { hasChildren, visibleNodes, type TreeNode } from './tree-model.ts';
import { isContextMenuKey, pointBelow } from './use-context-menu.tsx';

export type TreeViewProps = {
  nodes: TreeNode[];
  label: string;
  selectedId: string | null;
  expandedIds: readonly string[];
  onSelect: (id: string) => void;
  onToggle: (id: string, expanded: boolean) => void;
  /** Enter, Space or double-click. */
  onActivate?: (id: string) => void;
  onContextMenu?: (id: string, at: Point) => void;
};

/** APG tree over 98.css `ul.tree-view`. Selection follows focus, as in Windows Explorer-style trees. */
export function TreeView(props: TreeViewProps) {
  const { nodes, label, selectedId, expandedIds, onSelect, onToggle, onActivate, onContextMenu } = props;
  const treeRef = useRef<HTMLUListElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(selectedId);
  const expanded = new Set(expandedIds);
  const visible = visibleNodes(nodes, expanded);
  const tabStop = visible.find((v) => v.node.id === focusedId)?.node.id ?? selectedId ?? visible[0]?.node.id;

  // When the owner changes the selection, the tab stop follows it (React's "adjust state on prop change").
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (selectedId !== seenSelected) {
    setSeenSelected(selectedId);
    if (selectedId) setFocusedId(selectedId);
  }

  const moveTo = (id: string) => {
    setFocusedId(id);
    onSelect(id);
    const items = treeRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    [...items].find((el) => el.dataset.treeId === id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const pos = visible.findIndex((v) => v.node.id === tabStop);
    const cur = visible[pos];
    if (!cur) return;
    const { node } = cur;
    const isOpen = expanded.has(node.id);
    if (isContextMenuKey(e)) {
      onContextMenu?.(node.id, pointBelow(e.target as Element));
    } else if (e.key === 'ArrowDown') {
      if (pos < visible.length - 1) moveTo(visible[pos + 1].node.id);
    } else if (e.key === 'ArrowUp') {
      if (pos > 0) moveTo(visible[pos - 1].node.id);
    } else if (e.key === 'ArrowRight') {
      if (hasChildren(node) && !isOpen) onToggle(node.id, true);
      else if (hasChildren(node)) moveTo(node.children![0].id);
    } else if (e.key === 'ArrowLeft') {
      if (hasChildren(node) && isOpen) onToggle(node.id, false);
      else if (cur.parentId) moveTo(cur.parentId);
    } else if (e.key === 'Home') moveTo(visible[0].node.id);
    else if (e.key === 'End') moveTo(visible[visible.length - 1].node.id);
    else if (e.key === 'Enter' || e.key === ' ') {
      onSelect(node.id);
      onActivate?.(node.id);
    } else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const c = e.key.toLowerCase();
      const match = [...visible.slice(pos + 1), ...visible.slice(0, pos)].find((v) => v.node.label.toLowerCase().startsWith(c));
      if (match) moveTo(match.node.id);
    } else return;
    e.preventDefault();
  };

  return (
    <ul ref={treeRef} role="tree" aria-label={label} className="tree-view nt-tree" onKeyDown={onKeyDown}>
      {nodes.map((node) => (
        <TreeItem
          key={node.id}
          node={node}
          level={1}
          expanded={expanded}
          selectedId={selectedId}
          tabStop={tabStop}
          onPick={(id) => moveTo(id)}
          onToggle={onToggle}
          onActivate={onActivate}
          onContextMenu={onContextMenu}
        />
      ))}
    </ul>
  );
}
