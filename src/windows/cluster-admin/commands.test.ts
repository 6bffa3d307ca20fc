import { describe, expect, test, vi } from 'vitest';
import { createWorld } from '../../sim/world/initial-world.ts';
import { EXCHANGE_GROUP, RES } from '../../sim/world/names.ts';
import type { MenuItemSpec } from '../../ui/menu-types.ts';
import { clusterItems, fileObjectItems, groupItems, objectActions, resourceItems, type CommandHandlers } from './commands.ts';

const handlers = (): CommandHandlers => ({ send: vi.fn(), properties: vi.fn() });
type Item = Exclude<MenuItemSpec, 'separator'>;
const items = (list: MenuItemSpec[]) => list.filter((i): i is Item => i !== 'separator');
const byLabel = (list: MenuItemSpec[], label: string) => items(list).find((i) => i.label.replace('&', '') === label)!;
const enabled = (list: MenuItemSpec[]) => items(list).filter((i) => !i.disabled).map((i) => i.label.replace('&', ''));

describe('shortcut menus', () => {
  const w = createWorld();
  test('a resource: labels in order, greyed by the world, commands send events', () => {
    const h = handlers();
    const menu = resourceItems(w, RES.ds, h);
    expect(items(menu).map((i) => i.label.replace('&', ''))).toEqual(['Bring Online', 'Take Offline', 'Initiate Failure', 'Change Group', 'Properties']);
    // Change Group does not apply to a resource with dependency links: greyed, never a refusal box.
    expect(enabled(menu)).toEqual(['Take Offline', 'Initiate Failure', 'Properties']);
    byLabel(menu, 'Take Offline').onSelect!();
    expect(h.send).toHaveBeenCalledWith({ type: 'resource.takeOffline', resource: RES.ds });
    byLabel(menu, 'Properties').onSelect!();
    expect(h.properties).toHaveBeenCalledWith({ kind: 'resource', name: RES.ds });
  });
  test('the cluster: Properties', () => {
    const h = handlers();
    const menu = clusterItems(h);
    expect(enabled(menu)).toEqual(['Properties']);
    byLabel(menu, 'Properties').onSelect!();
    expect(h.properties).toHaveBeenCalledWith({ kind: 'cluster' });
  });
  test('a group: Bring Online, Take Offline, Move Group, Properties', () => {
    const h = handlers();
    const menu = groupItems(w, EXCHANGE_GROUP, h);
    expect(enabled(menu)).toEqual(['Bring Online', 'Take Offline', 'Move Group', 'Properties']);
    byLabel(menu, 'Move Group').onSelect!();
    expect(h.send).toHaveBeenCalledWith({ type: 'group.move', group: EXCHANGE_GROUP });
  });
});

describe('File menu and toolbar follow the selection', () => {
  const w = createWorld();
  test('nothing selected: everything greyed', () => {
    expect(enabled(fileObjectItems(w, null, handlers()))).toEqual([]);
    expect(Object.values(objectActions(w, null, handlers())).some((a) => a.enabled)).toBe(false);
  });
  test('the cluster: only Properties', () => {
    const h = handlers();
    expect(enabled(fileObjectItems(w, { kind: 'cluster' }, h))).toEqual(['Properties']);
    objectActions(w, { kind: 'cluster' }, h).properties.run();
    expect(h.properties).toHaveBeenCalledWith({ kind: 'cluster' });
  });
  test('a group or a resource', () => {
    expect(enabled(fileObjectItems(w, { kind: 'group', name: EXCHANGE_GROUP }, handlers()))).toEqual(['Bring Online', 'Take Offline', 'Move Group', 'Properties']);
    expect(enabled(fileObjectItems(w, { kind: 'resource', name: RES.is }, handlers()))).toEqual(['Bring Online', 'Take Offline', 'Properties']);
    const h = handlers();
    objectActions(w, { kind: 'resource', name: RES.is }, h).bringOnline.run();
    objectActions(w, { kind: 'group', name: EXCHANGE_GROUP }, h).takeOffline.run();
    expect(h.send).toHaveBeenNthCalledWith(1, { type: 'resource.bringOnline', resource: RES.is });
    expect(h.send).toHaveBeenNthCalledWith(2, { type: 'group.takeOffline', group: EXCHANGE_GROUP });
  });
});
