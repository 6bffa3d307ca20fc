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

/**
 * One `treeitem` and, when expanded, its `group` of children. The group sits beside the item and is
 * tied to it by aria-owns (the APG navigation-tree pattern): the item's visible text is then its own
 * label only, which is also its name (axe's label-content-name-mismatch).
 */
export function TreeItem(props: Props) {
  const { node, level, expanded, selectedId, tabStop, onPick, onToggle, onActivate, onContextMenu } = props;
  const labelId = useId();
  const groupId = useId();
  const branch = hasChildren(node);
  const isOpen = branch && expanded.has(node.id);
  return (
    <li role="none" className="tree-item">
      <span
        role="treeitem"
        data-tree-id={node.id}
        aria-labelledby={labelId}
        aria-level={level}
        aria-expanded={branch ? isOpen : undefined}
        aria-selected={node.id === selectedId}
        aria-owns={isOpen ? groupId : undefined}
        tabIndex={node.id === tabStop ? 0 : -1}
        className="tree-row"
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
        <ul role="group" id={groupId}>
          {node.children!.map((child) => (
            <TreeItem key={child.id} {...props} node={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}
