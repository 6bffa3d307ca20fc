import { useMemo, useState } from 'react';
import { findNode } from '../../sim/selectors/registry-editor.ts';
import { MY_COMPUTER, regeditRows, regeditTree, regeditWorldPath } from '../../sim/selectors/regedit.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { findKey } from '../../sim/world/registry-tree.ts';
import { useWorld } from '../../store/lab-session.ts';

/**
 * Where the user is in Regedit: the selected key (falling back to the nearest one that still
 * exists when the world removes it), the open branches, the selected value.
 */
export function useRegeditTree(node: NodeName) {
  const root = useWorld((w) => w.registry[node]);
  const tree = useMemo(() => regeditTree(root), [root]);
  const [wanted, setWanted] = useState(MY_COMPUTER);
  const [expanded, setExpanded] = useState<string[]>([MY_COMPUTER]);
  const [picked, setPicked] = useState<{ key: string; name: string } | null>(null);

  const selectedPath = findNode(tree, wanted) ? wanted : nearestInTree(tree, wanted);
  const worldPath = regeditWorldPath(selectedPath);
  const key = worldPath === null ? undefined : findKey(root, worldPath);
  const rows = selectedPath === MY_COMPUTER ? [] : regeditRows(key);
  const selectedValue = picked && picked.key === selectedPath && rows.some((r) => r.name === picked.name) ? picked.name : null;
  const openIds = expanded.filter((p) => (findNode(tree, p)?.children.length ?? 0) > 0);

  return {
    tree,
    selectedPath,
    worldPath,
    rows,
    selectedValue,
    valueOf: (name: string) => key?.values[name],
    openIds,
    selectKey: (path: string) => {
      setWanted(path);
      setPicked(null);
    },
    setOpen: (path: string, open: boolean) =>
      setExpanded((list) => (open ? [...new Set([...list, path])] : list.filter((p) => p !== path && !p.startsWith(`${path}\\`)))),
    selectValue: (name: string) => setPicked({ key: selectedPath, name }),
  };
}

/** The deepest key on `path` that the tree still shows. */
function nearestInTree(tree: ReturnType<typeof regeditTree>, path: string): string {
  let at = path;
  while (at.includes('\\') && !findNode(tree, at)) at = at.slice(0, at.lastIndexOf('\\'));
  return findNode(tree, at) ? at : MY_COMPUTER;
}

export type RegeditTree = ReturnType<typeof useRegeditTree>;
