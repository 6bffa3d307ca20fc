import { APPS, type AppId, type GroupName, type NodeName } from '../world/names.ts';
import type { Draft } from './draft.ts';
import { simError, type SimError } from './result.ts';

function nodeUsable(d: Draft, node: NodeName): SimError | null {
  if (!d.w.cluster.nodes[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status === 'Down') return simError('node-down', `${node} is powered off.`);
  return null;
}

export function openApp(d: Draft, node: NodeName, app: AppId): SimError | null {
  const bad = nodeUsable(d, node);
  if (bad) return bad;
  if (!APPS.includes(app)) return simError('invalid-argument', `There is no program called '${app}'.`);
  if (!d.w.consoles.open[node].includes(app)) d.w.consoles.open[node] = [...d.w.consoles.open[node], app];
  return null;
}

export function closeApp(d: Draft, node: NodeName, app: AppId): SimError | null {
  if (!d.w.consoles.open[node]?.includes(app)) return simError('wrong-state', `${app} is not open on ${node}.`);
  d.w.consoles.open[node] = d.w.consoles.open[node].filter((a) => a !== app);
  if (app === 'cluster-admin') d.w.consoles.selectedGroup[node] = null;
  return null;
}

export function switchConsole(d: Draft, node: NodeName): SimError | null {
  if (!d.w.cluster.nodes[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  d.w.consoles.active = node;
  return null;
}

export function selectGroup(d: Draft, node: NodeName, group: GroupName): SimError | null {
  if (!d.w.consoles.open[node]?.includes('cluster-admin')) return simError('wrong-state', 'Cluster Administrator is not open on this console.');
  if (!d.w.cluster.groups[group]) return simError('unknown-group', `The group '${group}' does not exist.`);
  d.w.consoles.selectedGroup[node] = group;
  return null;
}

export function dismissDialog(d: Draft, id: number): SimError | null {
  if (!d.w.dialogs.some((x) => x.id === id)) return simError('unknown-dialog', `There is no message box ${id}.`);
  d.w.dialogs = d.w.dialogs.filter((x) => x.id !== id);
  return null;
}
