import { useId } from 'react';
import type { Point } from './menu-types.ts';
import { hasChildren, type TreeNode } from './tree-model.ts';

type Props = {
  node: TreeNode;
  level: number;
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  tabStop: string | undefined;
  onPick: (id: string) => void;
  onToggle: (id: string, expanded: boolean) => void;
  onActivate?: (id: string) => void;
  onContextMenu?: (id: string, at: Point) => void;
};

/** One `treeitem` and, when expanded, its `group` of children. Named by its label only, not its subtree. */
export function TreeItem(props: Props) {
  const { node, level, expanded, selectedId, tabStop, onPick, onToggle, onActivate, onContextMenu } = props;
  const labelId = useId();
  const branch = hasChildren(node);
  const isOpen = branch && expanded.has(node.id);
  return (
    <li
      role="treeitem"
      data-tree-id={node.id}
      aria-labelledby={labelId}
      aria-level={level}
      aria-expanded={branch ? isOpen : undefined}
      aria-selected={node.id === selectedId}
      tabIndex={node.id === tabStop ? 0 : -1}
      className="tree-item"
      onClick={(e) => {
        e.stopPropagation();
        onPick(node.id);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (branch) onToggle(node.id, !isOpen);
        onActivate?.(node.id);
      }}
      onContextMenu={(e) => {
        if (!onContextMenu) return;
        e.preventDefault();
        e.stopPropagation();
        onPick(node.id);
        onContextMenu(node.id, { x: e.clientX, y: e.clientY });
      }}
    >
      <span className="tree-row">
        {branch ? (
          <span
            className="tree-toggle"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              onToggle(node.id, !isOpen);
            }}
            onDoubleClick={(e) => e.stopPropagation()}
          >
            {isOpen ? '−' : '+'}
          </span>
        ) : (
          <span className="tree-toggle-spacer" />
        )}
        {node.icon && <span className="tree-icon">{node.icon}</span>}
        <span id={labelId} className="tree-label">
          {node.label}
        </span>
      </span>
      {isOpen && (
        <ul role="group">
          {node.children!.map((child) => (
            <TreeItem key={child.id} {...props} node={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}
