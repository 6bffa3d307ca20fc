import type { ReactNode } from 'react';

export type TreeNode = { id: string; label: string; icon?: ReactNode; children?: TreeNode[] };

export type VisibleNode = { node: TreeNode; parentId: string | null; level: number };

/** The nodes a user can currently see, top to bottom: the order arrow keys walk. */
export function visibleNodes(nodes: TreeNode[], expanded: ReadonlySet<string>, level = 1, parentId: string | null = null): VisibleNode[] {
  return nodes.flatMap((node) => [
    { node, parentId, level },
    ...(node.children?.length && expanded.has(node.id) ? visibleNodes(node.children, expanded, level + 1, node.id) : []),
  ]);
}

export const hasChildren = (node: TreeNode) => !!node.children?.length;
