import type { MenuSpec } from '../../ui/menu-types.ts';
import type { HiveWindowState, PaneView, RegistrySettings } from './settings-store.ts';
import type { RegistryCommands } from './use-registry-commands.ts';
import type { HiveState } from './use-hive-state.ts';
import { editorFor } from './value-parsing.ts';

export const HIVE_TITLE = 'HKEY_LOCAL_MACHINE on Local Machine';

type Options = {
  cmd: RegistryCommands;
  hive: HiveState;
  settings: RegistrySettings;
  onExit: () => void;
  onAbout: () => void;
};

const VIEWS: [string, PaneView][] = [['Tree &and Data', 'both'], ['&Tree Only', 'tree'], ['&Data Only', 'data']];

/** Regedt32's menu bar (domain §9.5). Commands that need a key or value are greyed without one. */
export function registryMenus({ cmd, hive, settings, onExit, onAbout }: Options): MenuSpec[] {
  const open = settings.hive !== 'closed';
  const value = hive.selectedValue === null ? undefined : hive.valueOf(hive.selectedValue);
  const editorItem = (label: string, kind: ReturnType<typeof editorFor>) => ({
    label,
    disabled: !open || !value || editorFor(value.type) !== kind,
    onSelect: () => cmd.editAs(kind),
  });
  const showHive = (state: HiveWindowState) => () => settings.setHive(state);
  const hasChildren = (hive.selectedNode?.children.length ?? 0) > 0;
  return [
    {
      label: '&Registry',
      items: [
        { label: '&Open Local', disabled: open, onSelect: showHive('normal') },
        { label: '&Close', disabled: !open, onSelect: showHive('closed') },
        'separator',
        { label: '&Load Hive...', disabled: true },
        { label: '&Unload Hive', disabled: true },
        { label: '&Restore...', disabled: true },
        { label: 'Sa&ve Key...', disabled: true },
        'separator',
        { label: '&Select Computer...', disabled: true },
        'separator',
        { label: '&Print Subtree...', disabled: true },
        { label: 'P&rinter Setup...', disabled: true },
        { label: 'Save Subtree &As...', disabled: true },
        'separator',
        { label: 'E&xit', onSelect: onExit },
      ],
    },
    {
      label: '&Edit',
      items: [
        { label: 'Add &Key...', disabled: !open, onSelect: cmd.addKey },
        { label: 'Add &Value...', disabled: !open, onSelect: cmd.addValue },
        { label: '&Delete', shortcut: 'Del', disabled: !open, onSelect: () => cmd.deleteSelected() },
        'separator',
        editorItem('&Binary...', 'binary'),
        editorItem('&String...', 'string'),
        editorItem('D&WORD...', 'dword'),
        editorItem('&Multi String...', 'multi'),
      ],
    },
    {
      label: '&Tree',
      items: [
        { label: 'Expand &One Level', shortcut: '+', disabled: !open || !hasChildren, onSelect: cmd.expandOne },
        { label: 'Expand &Branch', shortcut: '*', disabled: !open || !hasChildren, onSelect: cmd.expandBranch },
        { label: 'Expand &All', shortcut: 'Ctrl+*', disabled: !open, onSelect: cmd.expandAll },
        { label: '&Collapse Branch', shortcut: '-', disabled: !open || !hasChildren, onSelect: cmd.collapse },
      ],
    },
    {
      label: '&View',
      items: [
        ...VIEWS.map(([label, view]) => ({ label, radio: true, checked: settings.view === view, onSelect: () => settings.setView(view) })),
        'separator' as const,
        { label: 'Dis&play Binary Data', disabled: true },
        'separator' as const,
        { label: '&Refresh All', shortcut: 'Shift+F6', onSelect: () => {} },
        { label: 'Re&fresh Active', shortcut: 'F6', onSelect: () => {} },
        'separator' as const,
        { label: 'F&ind Key...', disabled: true },
      ],
    },
    {
      label: '&Security',
      items: [
        { label: '&Permissions...', disabled: true },
        { label: '&Auditing...', disabled: true },
        { label: '&Owner...', disabled: true },
      ],
    },
    {
      label: '&Options',
      items: [
        { label: '&Font...', disabled: true },
        'separator',
        { label: '&Auto Refresh', checked: settings.autoRefresh, onSelect: () => settings.toggle('autoRefresh') },
        { label: '&Read Only Mode', checked: settings.readOnly, onSelect: () => settings.toggle('readOnly') },
        { label: '&Confirm on Delete', checked: settings.confirmOnDelete, onSelect: () => settings.toggle('confirmOnDelete') },
        { label: '&Save Settings on Exit', checked: settings.saveSettingsOnExit, onSelect: () => settings.toggle('saveSettingsOnExit') },
      ],
    },
    {
      label: '&Window',
      items: [
        { label: '&Cascade', shortcut: 'Shift+F5', disabled: !open, onSelect: showHive('normal') },
        { label: '&Tile', shortcut: 'Shift+F4', disabled: !open, onSelect: showHive('maximized') },
        { label: '&Arrange Icons', onSelect: () => {} },
        ...(open ? ['separator' as const, { label: `&1 ${HIVE_TITLE}`, checked: true, onSelect: showHive(settings.hive === 'minimized' ? 'normal' : settings.hive) }] : []),
      ],
    },
    {
      label: '&Help',
      items: [
        { label: '&Contents', disabled: true },
        { label: '&Search for Help on...', disabled: true },
        { label: '&How to Use Help', disabled: true },
        'separator',
        { label: '&About Registry Editor...', onSelect: onAbout },
      ],
    },
  ];
}
