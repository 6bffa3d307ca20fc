import type { NodeName } from '../../sim/world/names.ts';
import { useWorld } from '../../store/lab-session.ts';
import { lazyBody, type ToolWindow } from '../tool-window.ts';

const useTitle = (_node: NodeName) => {
  const name = useWorld((w) => w.cluster.name);
  return `Cluster Administrator - [${name} (${name})]`;
};

/** Cluster Administrator (CLUADMIN.EXE, MSCS 1.0), connected to the lab's cluster. */
export const clusterAdminWindow: ToolWindow = { useTitle, Body: lazyBody(() => import('./ClusterAdminBody.tsx'), 'ClusterAdminBody'), width: 800, height: 480 };
