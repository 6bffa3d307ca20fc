import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TreeNode } from './tree-model.ts';
import { TreeView } from './TreeView.tsx';

afterEach(cleanup);

const NODES: TreeNode[] = [
  {
    id: 'cluster',
    label: 'CLUSTER1',
    children: [
      { id: 'groups', label: 'Groups', children: [{ id: 'exchange', label: 'Exchange Group' }] },
      { id: 'resources', label: 'Resources' },
    ],
  },
  { id: 'config', label: 'Cluster Configuration' },
];

function Harness({ onActivate, onContextMenu }: { onActivate: (id: string) => void; onContextMenu: (id: string) => void }) {
  const [selected, setSelected] = useState<string | null>('cluster');
  const [expanded, setExpanded] = useState<string[]>(['cluster']);
  return (
    <TreeView
      label="Cluster"
      nodes={NODES}
      selectedId={selected}
      expandedIds={expanded}
      onSelect={setSelected}
      onToggle={(id, open) => setExpanded((e) => (open ? [...e, id] : e.filter((x) => x !== id)))}
      onActivate={onActivate}
      onContextMenu={(id) => onContextMenu(id)}
    />
  );
}

function setup() {
  const onActivate = vi.fn();
  const onContextMenu = vi.fn();
  render(<Harness onActivate={onActivate} onContextMenu={onContextMenu} />);
  return { onActivate, onContextMenu, tree: screen.getByRole('tree', { name: 'Cluster' }) };
}
const item = (name: string) => screen.getByRole('treeitem', { name });
const key = (name: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement!, { key: name, ...init });

describe('TreeView', () => {
  test('exposes tree, treeitems named by their own label, groups, levels and states', () => {
    const { tree } = setup();
    expect(within(tree).getAllByRole('treeitem').map((t) => t.getAttribute('aria-labelledby') && t.dataset.treeId)).toEqual([
      'cluster', 'groups', 'resources', 'config',
    ]);
    expect(item('CLUSTER1').getAttribute('aria-expanded')).toBe('true');
    expect(item('Groups').getAttribute('aria-expanded')).toBe('false');
    expect(item('Resources').hasAttribute('aria-expanded')).toBe(false);
    expect(item('Groups').getAttribute('aria-level')).toBe('2');
    // The expanded item owns its group (aria-owns), and its own text is only its label.
    const group = document.getElementById(item('CLUSTER1').getAttribute('aria-owns')!)!;
    expect(group.getAttribute('role')).toBe('group');
    expect(within(group).getAllByRole('treeitem').map((t) => t.dataset.treeId)).toEqual(['groups', 'resources']);
    expect(item('CLUSTER1').textContent).toBe('−CLUSTER1');
    expect(item('Groups').hasAttribute('aria-owns')).toBe(false);
    expect(item('CLUSTER1').getAttribute('aria-selected')).toBe('true');
  });

  test('roving tabindex: exactly one item is tabbable and it follows the arrows', () => {
    const { tree } = setup();
    const tabbable = () => within(tree).getAllByRole('treeitem').filter((t) => t.tabIndex === 0);
    expect(tabbable()).toEqual([item('CLUSTER1')]);
    item('CLUSTER1').focus();
    key('ArrowDown');
    expect(document.activeElement).toBe(item('Groups'));
    expect(tabbable()).toEqual([item('Groups')]);
    expect(item('Groups').getAttribute('aria-selected')).toBe('true');
    key('End');
    expect(document.activeElement).toBe(item('Cluster Configuration'));
    key('Home');
    expect(document.activeElement).toBe(item('CLUSTER1'));
    key('ArrowUp');
    expect(document.activeElement).toBe(item('CLUSTER1'));
  });

  test('Right expands then enters; Left collapses then goes to the parent', () => {
    setup();
    item('CLUSTER1').focus();
    key('ArrowDown');
    key('ArrowRight');
    expect(item('Groups').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(item('Groups'));
    key('ArrowRight');
    expect(document.activeElement).toBe(item('Exchange Group'));
    key('ArrowLeft');
    expect(document.activeElement).toBe(item('Groups'));
    key('ArrowLeft');
    expect(item('Groups').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'Exchange Group' })).toBeNull();
    key('ArrowLeft');
    expect(document.activeElement).toBe(item('CLUSTER1'));
  });

  test('Enter and Space activate, type-ahead jumps, Shift+F10 and right-click ask for a context menu', () => {
    const { onActivate, onContextMenu } = setup();
    item('CLUSTER1').focus();
    key('r');
    expect(document.activeElement).toBe(item('Resources'));
    key('Enter');
    key(' ');
    expect(onActivate.mock.calls).toEqual([['resources'], ['resources']]);
    key('F10', { shiftKey: true });
    expect(onContextMenu).toHaveBeenLastCalledWith('resources');
    fireEvent.contextMenu(screen.getByText('Groups'));
    expect(onContextMenu).toHaveBeenLastCalledWith('groups');
    expect(item('Groups').getAttribute('aria-selected')).toBe('true');
  });

  test('double-click toggles a branch and clicking the box expands it', () => {
    setup();
    fireEvent.doubleClick(screen.getByText('CLUSTER1'));
    expect(item('CLUSTER1').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(item('CLUSTER1').querySelector('.tree-toggle')!);
    expect(item('CLUSTER1').getAttribute('aria-expanded')).toBe('true');
  });
});
