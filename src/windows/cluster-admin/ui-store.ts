import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { NodeName } from '../../sim/world/names.ts';

/** Cluster Administrator's own view state on one console (not part of the simulated world). */
export interface PaneState {
  /** Selected tree item. */
  treeId: string;
  expanded: string[];
  /** Selected row of the right pane. */
  rowId: string | null;
  /** The pane that had focus last: the File menu acts on its selection. */
  pane: 'tree' | 'list';
  /** Names Open Connection opened, the last first (Q197382: the dialog offers the last one first). */
  recent: string[];
}

export const INITIAL_PANE: PaneState = { treeId: 'cluster', expanded: ['cluster', 'groups'], rowId: null, pane: 'tree', recent: [] };

export const clusterAdminUi = createStore<{ byNode: Partial<Record<NodeName, PaneState>> }>(() => ({ byNode: {} }));

export const usePane = (node: NodeName): PaneState => useStore(clusterAdminUi, (s) => s.byNode[node] ?? INITIAL_PANE);

export function updatePane(node: NodeName, patch: (p: PaneState) => Partial<PaneState>): void {
  clusterAdminUi.setState((s) => {
    const p = s.byNode[node] ?? INITIAL_PANE;
    return { byNode: { ...s.byNode, [node]: { ...p, ...patch(p) } } };
  });
}

/** Forgets the view state (the program was closed). */
export function resetPane(node: NodeName): void {
  clusterAdminUi.setState((s) => ({ byNode: { ...s.byNode, [node]: undefined } }));
}
