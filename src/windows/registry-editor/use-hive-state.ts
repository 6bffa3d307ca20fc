import { useMemo, useState } from 'react';
import { ancestorPaths, findNode, HKLM, keyTree, nearestExistingKey, valueLines } from '../../sim/selectors/registry-editor.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { findKey } from '../../sim/world/registry-tree.ts';
import { useWorld } from '../../store/lab-session.ts';

export type Pane = 'tree' | 'values';

/**
 * What the HKEY_LOCAL_MACHINE window shows and where the user is in it. The tree follows the
 * world: when a selected key disappears (recovery deletes Restore in Progress) the selection
 * falls back to the nearest key that still exists.
 */
export function useHiveState(node: NodeName) {
  const root = useWorld((w) => w.registry[node]);
  const tree = useMemo(() => keyTree(root, HKLM), [root]);
  const [wanted, setWanted] = useState<string>(HKLM);
  const [expanded, setExpanded] = useState<string[]>([HKLM]);
  const [picked, setPicked] = useState<{ key: string; name: string } | null>(null);
  const [pane, setPane] = useState<Pane>('tree');

  const selectedPath = nearestExistingKey(root, wanted);
  const key = findKey(root, selectedPath);
  const values = valueLines(key);
  const selectedValue = picked && picked.key === selectedPath && values.some((v) => v.name === picked.name) ? picked.name : null;
  // Only keys that still exist and have children can be expanded.
  const openIds = expanded.filter((p) => (findNode(tree, p)?.children.length ?? 0) > 0);

  const selectKey = (path: string) => {
    setWanted(path);
    setPicked(null);
  };
  const setOpen = (path: string, open: boolean) =>
    setExpanded((list) => (open ? (list.includes(path) ? list : [...list, path]) : list.filter((p) => p !== path && !p.startsWith(`${path}\\`))));

  return {
    tree,
    selectedPath,
    selectedNode: findNode(tree, selectedPath),
    values,
    selectedValue,
    valueOf: (name: string) => key?.values[name],
    openIds,
    pane,
    setPane,
    selectKey,
    setOpen,
    expandMany: (paths: string[]) => setExpanded((list) => [...new Set([...list, ...paths])]),
    /** Selects a key and expands everything above it, e.g. a key just added. */
    reveal: (path: string) => {
      setExpanded((list) => [...new Set([...list, ...ancestorPaths(path)])]);
      selectKey(path);
    },
    selectValue: (name: string | null) => setPicked(name === null ? null : { key: selectedPath, name }),
  };
}

export type HiveState = ReturnType<typeof useHiveState>;
