import { useEffect, useMemo, useState } from 'react';
import type { MessageBoxIcon } from '../../ui/MessageBox.tsx';
import type { NodeName } from '../../sim/world/names.ts';
import { getWorld, sendLab, useWorld } from '../../store/lab-session.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import type { FrameHandlers } from './menus.ts';
import { ancestorsOf, objectOf, type ClusterObject } from './tree-ids.ts';
import { resetPane, updatePane, usePane } from './ui-store.ts';

export type Modal =
  | { kind: 'properties'; obj: ClusterObject }
  | { kind: 'about' }
  | { kind: 'message'; icon: MessageBoxIcon; text: string }
  | null;

/** Cluster Administrator's state and commands on one console: world view, panes, dialogs. */
export function useClusterAdmin(node: NodeName) {
  const cluster = useWorld((w) => w.cluster);
  const ops = useWorld((w) => w.ops);
  const view = useMemo(() => ({ cluster, ops }), [cluster, ops]);
  const pane = usePane(node);
  const [modal, setModal] = useState<Modal>(null);

  // Closing the program forgets its view; switching consoles keeps it.
  useEffect(() => () => {
    if (!getWorld().consoles.open[node]?.includes('cluster-admin')) resetPane(node);
  }, [node]);

  const current = (pane.pane === 'list' && objectOf(pane.rowId)) || objectOf(pane.treeId);

  const handlers: FrameHandlers = {
    send: (event) => {
      const error = refusalOf(sendLab(event));
      if (error) setModal({ kind: 'message', icon: 'error', text: error });
    },
    properties: (obj) => setModal({ kind: 'properties', obj }),
    openConnection: () =>
      setModal({ kind: 'message', icon: 'information', text: `Cluster Administrator is already connected to cluster ${cluster.name}.` }),
    exit: () => sendLab({ type: 'app.close', node, app: 'cluster-admin' }),
    about: () => setModal({ kind: 'about' }),
  };

  /** Selects a tree item; a group tells the world (KB Q238063 step 1 is recognised from it). */
  const selectTree = (id: string) => {
    updatePane(node, (p) => ({ treeId: id, rowId: null, pane: 'tree', expanded: [...new Set([...p.expanded, ...ancestorsOf(id)])] }));
    const obj = objectOf(id);
    if (obj?.kind === 'group' && getWorld().consoles.selectedGroup[node] !== obj.name) sendLab({ type: 'cluster.selectGroup', node, group: obj.name });
  };

  return {
    view, pane, current, modal, handlers, selectTree,
    closeModal: () => setModal(null),
    toggle: (id: string, open: boolean) => updatePane(node, (p) => ({ expanded: open ? [...p.expanded, id] : p.expanded.filter((x) => x !== id) })),
    selectRow: (id: string) => updatePane(node, () => ({ rowId: id, pane: 'list' })),
    focusPane: (which: 'tree' | 'list') => pane.pane !== which && updatePane(node, () => ({ pane: which })),
  };
}
