import type { BackupItem } from '../../sim/world/names.ts';
import type { MenuSpec } from '../../ui/menu-types.ts';
import type { BackupUi } from './use-backup-ui.ts';

const ABOUT_TEXT = 'Windows NT Backup\nVersion 4.0\n\nCopyright (C) 1993-1996 Microsoft Corp.\nPortions copyright (C) Seagate Software, Inc.';

export type ViewToggles = { toolbar: boolean; statusBar: boolean; toggleToolbar: () => void; toggleStatusBar: () => void };

/** The items Select > Check / Uncheck act on: the focused item, or the whole set. */
export type CheckTarget = BackupItem | 'set';

/** NT Backup 4.0's menu bar: Operations, Tree, View, Select, Window, Help. */
export function backupMenus(ui: BackupUi, view: ViewToggles, check: (on: boolean) => void, layout: (mode: 'tile' | 'cascade') => void): MenuSpec[] {
  const noTape = !ui.cataloged;
  const help = ui.showHelp;
  return [
    {
      label: '&Operations',
      items: [
        { label: '&Backup...', disabled: true },
        { label: '&Restore...', disabled: ui.selection.length === 0, onSelect: ui.openRestore },
        { label: 'C&atalog...', onSelect: ui.loadCatalog },
        { label: '&Erase Tape...', disabled: true },
        { label: 'Re&tension Tape...', disabled: true },
        { label: 'E&ject Tape', disabled: true },
        { label: '&Format Tape...', disabled: true },
        'separator',
        { label: '&Microsoft Exchange...', onSelect: ui.openConnect },
        'separator',
        { label: '&Hardware Setup...', disabled: true },
        'separator',
        { label: 'E&xit', onSelect: ui.exit },
      ],
    },
    {
      label: '&Tree',
      items: [
        { label: 'E&xpand One Level', shortcut: '+', disabled: noTape, onSelect: () => ui.setExpanded(true) },
        { label: 'Expand &Branch', shortcut: '*', disabled: noTape, onSelect: () => ui.setExpanded(true) },
        { label: 'Expand &All', shortcut: 'Ctrl+*', disabled: noTape, onSelect: () => ui.setExpanded(true) },
        { label: '&Collapse Branch', shortcut: '-', disabled: noTape, onSelect: () => ui.setExpanded(false) },
      ],
    },
    {
      label: '&View',
      items: [
        { label: 'T&ree and Directory', checked: true },
        { label: 'Tr&ee Only', disabled: true },
        { label: '&Directory Only', disabled: true },
        'separator',
        { label: '&All File Details', disabled: true },
        'separator',
        { label: '&Status Bar', checked: view.statusBar, onSelect: view.toggleStatusBar },
        { label: '&Toolbar', checked: view.toolbar, onSelect: view.toggleToolbar },
        'separator',
        { label: '&Font...', disabled: true },
      ],
    },
    {
      label: '&Select',
      items: [
        { label: '&Check', disabled: noTape, onSelect: () => check(true) },
        { label: '&Uncheck', disabled: noTape, onSelect: () => check(false) },
      ],
    },
    {
      label: '&Window',
      items: [
        { label: '&Cascade', shortcut: 'Shift+F5', onSelect: () => layout('cascade') },
        { label: '&Tile', shortcut: 'Shift+F4', onSelect: () => layout('tile') },
        { label: '&Arrange Icons', disabled: true },
        { label: '&Refresh', shortcut: 'F5', disabled: true },
        'separator',
        { label: '&1 Drives', checked: ui.pane === 'drives', onSelect: () => ui.setPane('drives') },
        { label: '&2 Tapes', checked: ui.pane === 'tapes', onSelect: () => ui.setPane('tapes') },
        ...(ui.exchange ? [{ label: '&3 Microsoft Exchange', checked: ui.pane === 'exchange', onSelect: () => ui.setPane('exchange') }] : []),
      ],
    },
    {
      label: '&Help',
      items: [
        { label: '&Contents', onSelect: help },
        { label: '&Search for Help On...', onSelect: help },
        { label: '&How to Use Help', onSelect: help },
        'separator',
        { label: '&About Backup...', onSelect: () => ui.showNote(ABOUT_TEXT, 'About Backup') },
      ],
    },
  ];
}
