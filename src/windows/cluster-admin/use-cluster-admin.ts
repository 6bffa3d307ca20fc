import { useEffect, useMemo, useState } from 'react';
import type { MessageBoxIcon } from '../../ui/MessageBox.tsx';
import type { NodeName } from '../../sim/world/names.ts';
import { getWorld, sendLab, useWorld } from '../../store/lab-session.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { connectCluster } from '../../sim/selectors/cluster-connect.ts';
import type { FrameHandlers } from './menus.ts';
import { ancestorsOf, objectOf, type ClusterObject } from './tree-ids.ts';
import { resetPane, updatePane, usePane } from './ui-store.ts';

export type Modal =
  | { kind: 'properties'; obj: ClusterObject }
  | { kind: 'about' }
  | { kind: 'help' }
  | { kind: 'message'; icon: MessageBoxIcon; text: string }
  | { kind: 'connect' }
  /** Q228480: the connection failed; the question comes first, then the error, whatever the answer. */
  | { kind: 'connect-failed'; question: string; error: string }
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
    openConnection: () => setModal({ kind: 'connect' }),
    exit: () => sendLab({ type: 'app.close', node, app: 'cluster-admin' }),
    about: () => setModal({ kind: 'about' }),
    help: () => setModal({ kind: 'help' }),
  };

  /** Selects a tree item; a group tells the world (KB Q238063 step 1 is recognised from it). */
  const selectTree = (id: string) => {
    updatePane(node, (p) => ({ treeId: id, rowId: null, pane: 'tree', expanded: [...new Set([...p.expanded, ...ancestorsOf(id)])] }));
    const obj = objectOf(id);
    if (obj?.kind === 'group' && getWorld().consoles.selectedGroup[node] !== obj.name) sendLab({ type: 'cluster.selectGroup', node, group: obj.name });
  };

  /**
   * Open on the Open Connection dialog: the sim says whether the name reaches the cluster. There is one
   * cluster in the lab, so a connection opened is the one this window already shows: it stays as it is.
   */
  const openConnection = (name: string) => {
    const result = connectCluster(getWorld(), name, node);
    if (!result.ok) return setModal({ kind: 'connect-failed', question: result.question, error: result.error });
    const typed = name.trim().replace(/^\\+/, '');
    updatePane(node, (p) => ({ recent: [typed, ...p.recent.filter((r) => r.toUpperCase() !== typed.toUpperCase())].slice(0, 8) }));
    setModal(null);
  };
  /** The combo box's list: names opened before, then the cluster this window shows. */
  const recent = [...pane.recent, cluster.name].filter((n, i, all) => all.findIndex((m) => m.toUpperCase() === n.toUpperCase()) === i);

  return {
    view, pane, current, modal, handlers, selectTree, openConnection, recent,
    closeModal: () => setModal(null),
    toggle: (id: string, open: boolean) => updatePane(node, (p) => ({ expanded: open ? [...p.expanded, id] : p.expanded.filter((x) => x !== id) })),
    selectRow: (id: string) => updatePane(node, () => ({ rowId: id, pane: 'list' })),
    focusPane: (which: 'tree' | 'list') => pane.pane !== which && updatePane(node, () => ({ pane: which })),
  };
}
