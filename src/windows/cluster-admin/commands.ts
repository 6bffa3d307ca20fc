import type { SimEvent } from '../../sim/events.ts';
import { groupCommands, groupNames, nodeCommands, resourceCommands, type ClusterView } from '../../sim/selectors/cluster-admin.ts';
import type { GroupName, NodeName } from '../../sim/world/names.ts';
import type { MenuItemSpec } from '../../ui/menu-types.ts';
import type { ClusterObject } from './tree-ids.ts';

/** What the object commands do; the window supplies them (error boxes, dialogs). */
export interface CommandHandlers {
  send: (event: SimEvent) => void;
  properties: (obj: ClusterObject) => void;
}

const LABEL = {
  bringOnline: 'Bring O&nline',
  takeOffline: 'Take O&ffline',
  initiateFailure: '&Initiate Failure',
  move: '&Move Group',
  changeGroup: 'C&hange Group',
  properties: 'P&roperties',
} as const;

/**
 * Change Group: greyed where it does not apply (resourceCommands: every resource of this lab's
 * cluster has a dependency link or is the quorum disk). No resource here can be moved, so the
 * submenu only ever names the other groups.
 */
function changeGroupItem(w: ClusterView, name: string, enabled: boolean): MenuItemSpec {
  const current = w.cluster.resources[name]?.group;
  const targets = groupNames(w).filter((g) => g !== current);
  if (!enabled || targets.length === 0) return { label: LABEL.changeGroup, disabled: true };
  return { label: LABEL.changeGroup, items: targets.map((g: GroupName) => ({ label: g, disabled: true })) };
}

/** Shortcut menu of a resource (domain §9.1); enablement from the pure selectors. */
export function resourceItems(w: ClusterView, name: string, h: CommandHandlers): MenuItemSpec[] {
  const c = resourceCommands(w, name);
  return [
    { label: LABEL.bringOnline, disabled: !c.bringOnline, onSelect: () => h.send({ type: 'resource.bringOnline', resource: name }) },
    { label: LABEL.takeOffline, disabled: !c.takeOffline, onSelect: () => h.send({ type: 'resource.takeOffline', resource: name }) },
    { label: LABEL.initiateFailure, disabled: !c.initiateFailure, onSelect: () => h.send({ type: 'resource.initiateFailure', resource: name }) },
    'separator',
    changeGroupItem(w, name, c.changeGroup),
    'separator',
    { label: LABEL.properties, shortcut: 'Alt+Enter', disabled: !c.properties, onSelect: () => h.properties({ kind: 'resource', name }) },
  ];
}

/** Shortcut menu of a group (tree item or row). */
export function groupItems(w: ClusterView, group: GroupName, h: CommandHandlers): MenuItemSpec[] {
  const c = groupCommands(w, group);
  return [
    { label: LABEL.bringOnline, disabled: !c.bringOnline, onSelect: () => h.send({ type: 'group.bringOnline', group }) },
    { label: LABEL.takeOffline, disabled: !c.takeOffline, onSelect: () => h.send({ type: 'group.takeOffline', group }) },
    { label: LABEL.move, disabled: !c.move, onSelect: () => h.send({ type: 'group.move', group }) },
    'separator',
    { label: LABEL.properties, shortcut: 'Alt+Enter', disabled: !c.properties, onSelect: () => h.properties({ kind: 'group', name: group }) },
  ];
}

/** Shortcut menu of a node: Pause Node / Resume Node; Evict Node and Properties are not modelled and stay greyed. */
export function nodeItems(w: ClusterView, node: NodeName, h: CommandHandlers): MenuItemSpec[] {
  const c = nodeCommands(w, node);
  return [
    { label: '&Pause Node', disabled: !c.pause, onSelect: () => h.send({ type: 'node.pause', node }) },
    { label: 'R&esume Node', disabled: !c.resume, onSelect: () => h.send({ type: 'node.resume', node }) },
    { label: 'E&vict Node', disabled: true },
    'separator',
    { label: LABEL.properties, shortcut: 'Alt+Enter', disabled: true },
  ];
}

/** Shortcut menu of the cluster (the top of the tree): its Properties (Q174794 step 1–2). */
export const clusterItems = (h: CommandHandlers): MenuItemSpec[] => [
  { label: LABEL.properties, shortcut: 'Alt+Enter', onSelect: () => h.properties({ kind: 'cluster' }) },
];

export function objectItems(w: ClusterView, obj: ClusterObject | null, h: CommandHandlers): MenuItemSpec[] | null {
  if (obj?.kind === 'resource') return resourceItems(w, obj.name, h);
  if (obj?.kind === 'group') return groupItems(w, obj.name, h);
  return obj?.kind === 'cluster' ? clusterItems(h) : null;
}

export type ObjectCommand = 'bringOnline' | 'takeOffline' | 'initiateFailure' | 'move' | 'properties';
export type ObjectAction = { enabled: boolean; run: () => void };

/**
 * The commands of the current selection (File menu, toolbar): each with whether it applies to
 * that object and the world accepts it now, and what it sends.
 */
export function objectActions(w: ClusterView, obj: ClusterObject | null, h: CommandHandlers): Record<ObjectCommand, ObjectAction> {
  const res = obj?.kind === 'resource' ? resourceCommands(w, obj.name) : null;
  const grp = obj?.kind === 'group' ? groupCommands(w, obj.name) : null;
  const r = obj?.kind === 'resource' ? obj.name : '';
  const g = obj?.kind === 'group' ? obj.name : null;
  const act = (enabled: boolean | undefined, event: SimEvent | null): ObjectAction => ({ enabled: !!enabled && !!event, run: () => event && h.send(event) });
  return {
    bringOnline: res ? act(res.bringOnline, { type: 'resource.bringOnline', resource: r }) : act(grp?.bringOnline, g && { type: 'group.bringOnline', group: g }),
    takeOffline: res ? act(res.takeOffline, { type: 'resource.takeOffline', resource: r }) : act(grp?.takeOffline, g && { type: 'group.takeOffline', group: g }),
    initiateFailure: act(res?.initiateFailure, res && { type: 'resource.initiateFailure', resource: r }),
    move: act(grp?.move, g && { type: 'group.move', group: g }),
    properties: { enabled: !!obj, run: () => obj && h.properties(obj) },
  };
}

/**
 * The object commands of the File menu for the current selection: every command is listed, and
 * those that do not apply to it (or that the world refuses now) are greyed.
 */
export function fileObjectItems(w: ClusterView, obj: ClusterObject | null, h: CommandHandlers): MenuItemSpec[] {
  const a = objectActions(w, obj, h);
  const item = (label: string, c: ObjectCommand, shortcut?: string): MenuItemSpec => ({ label, shortcut, disabled: !a[c].enabled, onSelect: a[c].run });
  return [
    item(LABEL.bringOnline, 'bringOnline'),
    item(LABEL.takeOffline, 'takeOffline'),
    item(LABEL.initiateFailure, 'initiateFailure'),
    item(LABEL.move, 'move'),
    obj?.kind === 'resource' ? changeGroupItem(w, obj.name, resourceCommands(w, obj.name).changeGroup) : { label: LABEL.changeGroup, disabled: true },
    'separator',
    item(LABEL.properties, 'properties', 'Alt+Enter'),
  ];
}
