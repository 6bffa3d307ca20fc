import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { KeyNode } from '../../sim/selectors/registry-editor.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { TreeNode } from '../../ui/tree-model.ts';
import { TreeView } from '../../ui/TreeView.tsx';
import type { RegistryCommands } from './use-registry-commands.ts';
import type { HiveState } from './use-hive-state.ts';

const toTreeNode = (k: KeyNode): TreeNode => ({
  id: k.path,
  label: k.name,
  icon: <Icon name="folder" />,
  children: k.children.length ? k.children.map(toTreeNode) : undefined,
});

/** The key pane: Regedt32's keys as an APG tree. +, -, *, Enter and Delete work as in Regedt32. */
export function KeyPane({ hive, cmd }: { hive: HiveState; cmd: RegistryCommands }) {
  const nodes = useMemo(() => [toTreeNode(hive.tree)], [hive.tree]);
  const paneRef = useRef<HTMLDivElement>(null);
  // A key selected from elsewhere (Add Key, a key the world removed) is scrolled into view.
  const selected = hive.selectedPath;
  useEffect(() => {
    const items = paneRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    [...items].find((el) => el.dataset.treeId === selected)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    const toggle = () => hive.setOpen(hive.selectedPath, !hive.openIds.includes(hive.selectedPath));
    const keys: Record<string, () => void> = {
      '+': cmd.expandOne, '-': cmd.collapse, '*': e.ctrlKey ? cmd.expandAll : cmd.expandBranch, Delete: () => cmd.deleteSelected('tree'), Enter: toggle,
    };
    const run = keys[e.key];
    if (!run || e.altKey) return;
    e.preventDefault();
    e.stopPropagation();
    run();
  };
  return (
    <div ref={paneRef} className="regedt-keys" onKeyDownCapture={onKeyDownCapture} onFocus={() => hive.setPane('tree')}>
      <TreeView
        label="Keys"
        nodes={nodes}
        selectedId={hive.selectedPath}
        expandedIds={hive.openIds}
        onSelect={hive.selectKey}
        onToggle={hive.setOpen}
      />
    </div>
  );
}
